import type { CountyFigure } from "@/lib/county/figures";
import { changeText, SUMMARY_AREAS, valueText } from "@/lib/year/summary";
import { Section } from "@/components/ui/section";

/** A township's key figures of the year by area, the year before and the change beside each (read-only). */
export function TownshipFigures({ figures, year }: { figures: CountyFigure[]; year: number }) {
  return (
    <>
      {SUMMARY_AREAS.map((area) => {
        const rows = figures.filter((f) => f.area === area.id);
        if (rows.length === 0) return null;
        return (
          <Section key={area.id} id={`area-${area.id}`} title={area.label}>
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{`${area.label}：${year}年与上年`}</caption>
              <thead className="bg-stone-100 text-stone-700">
                <tr>
                  <th scope="col" className="px-2 py-2 font-medium">
                    项目
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {year}年
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    {year - 1}年
                  </th>
                  <th scope="col" className="px-2 py-2 font-medium">
                    增减
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((f) => (
                  <tr key={f.id} className="border-t border-stone-200">
                    <th scope="row" className="px-2 py-2 font-normal">
                      {f.label}
                    </th>
                    <td className="px-2 py-2 font-semibold">{valueText(f.value, f.unit)}</td>
                    <td className="px-2 py-2">{valueText(f.previous, f.unit)}</td>
                    <td className="px-2 py-2">{changeText(f.change, f.unit)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        );
      })}
    </>
  );
}

import { Section } from "@/components/ui/section";
import type { ReceptionYearFigures } from "@/lib/reception/figures";

/** The year's figures: days held, visitors and issues solved, and the sitting deputies who have not yet served. */
export function YearFigures({ f }: { f: ReceptionYearFigures }) {
  const cells: [string, string][] = [
    ["已举行", `${f.days.held} 次`],
    ["来访群众", `${f.visitors} 人次`],
    ["解决问题", `${f.solved} 个`],
    ["转代表建议", `${f.toSuggestions} 件`],
    ["转信访件", `${f.toPetitions} 件`],
    ["已取消", `${f.days.cancelled} 次`],
  ];
  return (
    <Section
      id="figures"
      title={`${f.year}年接待情况`}
      description={`全年共接待群众${f.visitors}人次，及时解决问题${f.solved}个。`}
    >
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-3 lg:grid-cols-6">
        {cells.map(([k, v]) => (
          <div key={k} className="rounded border border-stone-200 p-2">
            <dt className="text-stone-600">{k}</dt>
            <dd className="text-lg font-semibold">{v}</dd>
          </div>
        ))}
      </dl>
      <h3 className="mt-4 font-medium">
        在任代表 {f.deputies.sitting} 名，已值班 {f.deputies.served.length} 名，尚未值班 {f.deputies.notServed.length}{" "}
        名
      </h3>
      {f.deputies.notServed.length > 0 && (
        <p className="mt-1 text-sm text-stone-700">尚未值班：{f.deputies.notServed.map((d) => d.name).join("、")}</p>
      )}
      <ul className="mt-2 text-xs text-stone-600">
        {Object.values(f.rules).map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </Section>
  );
}

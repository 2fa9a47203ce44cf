import { Section } from "@/components/ui/section";
import type { ReceptionDayDetail } from "@/lib/reception/detail";
import { DutiesForm } from "@/components/reception/duties-form";

const presence = (p: boolean | null) => (p === true ? "（到场）" : p === false ? "（缺席）" : "");

/** The deputies on duty and whether they came; the office's form to set them. */
export function DutiesSection({ d }: { d: ReceptionDayDetail }) {
  return (
    <Section id="duties" title={`值班代表（${d.duties.length} 名）`}>
      {d.duties.length ? (
        <ul className="flex flex-wrap gap-2 text-sm">
          {d.duties.map((x) => (
            <li key={x.deputyId} className="rounded bg-stone-100 px-2 py-1">
              {x.name}
              {presence(x.present)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">尚未安排值班代表</p>
      )}
      {d.may.manage && (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm text-blue-800">
            安排值班代表{d.may.markPresent ? "、登记到场" : ""}
          </summary>
          <DutiesForm
            id={d.id}
            version={d.version}
            candidates={d.candidates}
            duties={d.duties}
            markPresent={d.may.markPresent}
          />
        </details>
      )}
    </Section>
  );
}

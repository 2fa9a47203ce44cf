import { Section } from "@/components/ui/section";
import { FindingForm } from "@/components/supervision/opinions-forms";
import { ItemEdit } from "@/components/supervision/item-edit";
import type { ActivityFollowUp } from "@/lib/supervision/rectification/activity-view";

/** 发现的问题: per target or for the whole activity; the office adds them while the activity records. */
export function FindingsSection({ f }: { f: ActivityFollowUp }) {
  return (
    <Section id="findings" title={`发现的问题（${f.findings.length}）`}>
      {f.findings.length === 0 ? (
        <p className="text-sm text-stone-600">尚未登记问题</p>
      ) : (
        <ol className="list-decimal pl-5 text-sm">
          {f.findings.map((x, i) => (
            <li key={x.id} className="py-1">
              {x.target && <span className="mr-2 text-stone-600">〔{x.target.name}〕</span>}
              <span className="whitespace-pre-wrap">{x.text}</span>
              {f.manage && (
                <ItemEdit label={`第${i + 1}条问题`} url={`/api/v1/supervision/${f.activityId}/findings/${x.id}`}>
                  <FindingForm
                    activityId={f.activityId}
                    targets={f.targets}
                    item={{ id: x.id, label: `第${i + 1}条问题`, text: x.text, targetId: x.target?.id ?? "" }}
                  />
                </ItemEdit>
              )}
            </li>
          ))}
        </ol>
      )}
      {f.manage && (
        <details className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-blue-800">登记发现的问题</summary>
          <FindingForm activityId={f.activityId} targets={f.targets} />
        </details>
      )}
    </Section>
  );
}

import Link from "next/link";
import { Section } from "@/components/ui/section";
import { OpinionForm, SendOpinionsForm } from "@/components/supervision/opinions-forms";
import { ItemEdit } from "@/components/supervision/item-edit";
import { RECTIFICATION_STATE_LABELS } from "@/lib/supervision/labels";
import type { ActivityFollowUp } from "@/lib/supervision/rectification/activity-view";

/** 审议意见 and their rectification: each opinion, its unit, its due day and its task's state. */
export function OpinionsSection({ f }: { f: ActivityFollowUp }) {
  return (
    <Section
      id="opinions"
      title={`审议意见和整改（${f.opinions.length}）`}
      description="审议意见送达后成为单位的整改任务，单位在期限内报送整改报告"
    >
      {f.opinions.length === 0 ? (
        <p className="text-sm text-stone-600">尚无审议意见</p>
      ) : (
        <ul aria-label="审议意见" className="flex flex-col gap-2">
          {f.opinions.map((o, i) => (
            <li key={o.id} className="rounded border border-stone-200 p-3 text-sm">
              <p className="font-medium">{o.unit.name}</p>
              <p className="mt-1 whitespace-pre-wrap">{o.text}</p>
              <p className="mt-1 text-stone-700">
                整改期限 {o.task?.dueDate ?? o.dueDate} ·{" "}
                {o.task ? (
                  <Link href={`/rectifications/${o.task.id}`} className="text-blue-800 underline">
                    {o.task.number} {RECTIFICATION_STATE_LABELS[o.task.state]}
                  </Link>
                ) : (
                  "未送达"
                )}
              </p>
              {f.manage && !o.sentOn && (
                // Until it is sent (送达) an opinion is the office's draft; afterwards its task carries it.
                <ItemEdit label={`第${i + 1}条审议意见`} url={`/api/v1/supervision/${f.activityId}/opinions/${o.id}`}>
                  <OpinionForm
                    activityId={f.activityId}
                    units={f.units}
                    item={{
                      id: o.id,
                      label: `第${i + 1}条审议意见`,
                      unitId: o.unit.id,
                      text: o.text,
                      dueDate: o.dueDate,
                    }}
                  />
                </ItemEdit>
              )}
            </li>
          ))}
        </ul>
      )}
      {f.manage && (
        <div className="mt-3 flex flex-col gap-4">
          {f.unsent > 0 && <SendOpinionsForm activityId={f.activityId} unsent={f.unsent} />}
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-blue-800">添加审议意见</summary>
            <OpinionForm activityId={f.activityId} units={f.units} />
          </details>
        </div>
      )}
    </Section>
  );
}

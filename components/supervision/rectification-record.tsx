import { Facts, Section } from "@/components/ui/section";
import { RECTIFICATION_STATE_LABELS } from "@/lib/supervision/labels";
import { RECTIFICATION_EVENT_LABELS } from "@/lib/supervision/rectification/labels";
import type { RectificationDetail } from "@/lib/supervision/rectification/service";

/** The task: the opinion it carries out, the unit, the days and the due words. */
export function RectificationFacts({ t }: { t: RectificationDetail }) {
  return (
    <Section id="task" title="审议意见">
      <p className="mb-3 whitespace-pre-wrap text-sm">{t.opinion}</p>
      <Facts
        rows={[
          ["承办单位", t.unit.name],
          ["状态", RECTIFICATION_STATE_LABELS[t.state]],
          ["送达日期", t.assignedOn],
          [
            "整改期限",
            <span key="due">
              {t.due}
              {t.dueText && <span className={`ml-2 ${t.overdue ? "font-medium text-red-800" : ""}`}>{t.dueText}</span>}
            </span>,
          ],
          ["监督活动", t.activity.title],
          ["验收日期", t.acceptedOn ?? "—"],
        ]}
      />
    </Section>
  );
}

/** The reports, each with its files and the office's review. */
export function RectificationReports({ t }: { t: RectificationDetail }) {
  return (
    <Section id="reports" title="整改报告">
      {t.reports.length === 0 ? (
        <p className="text-sm text-stone-600">尚未报送整改报告</p>
      ) : (
        <ol className="flex flex-col gap-3">
          {t.reports.map((r, i) => (
            <li key={r.id} className="rounded border border-stone-200 p-3">
              <p className="text-sm font-medium">
                第 {i + 1} 次报送 · {r.submittedOn}
                {r.onBehalfOf && <span className="ml-2 text-amber-900">代录（{r.onBehalfOf}纸质报告）</span>}
              </p>
              <p className="mt-1 whitespace-pre-wrap text-sm">{r.text}</p>
              {r.attachments.length > 0 && (
                <ul aria-label="报告附件" className="mt-2 text-sm">
                  {r.attachments.map((a) => (
                    <li key={a.id}>
                      <a
                        className="text-blue-800 underline"
                        href={`/api/v1/rectifications/${t.id}/attachments/${a.id}`}
                      >
                        {a.filename}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
              {r.accepted !== null && (
                <p className={`mt-2 text-sm ${r.accepted ? "text-green-900" : "text-red-800"}`}>
                  {r.accepted ? "验收通过" : "已退回"}
                  {r.reviewNote && `：${r.reviewNote}`}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

/** The timeline: sent, reports, reviews, reminders, visits, the job's overdue flag. */
export function RectificationTimeline({ t }: { t: RectificationDetail }) {
  return (
    <Section id="timeline" title="整改过程">
      <ol className="flex flex-col gap-2 text-sm">
        {t.events.map((e) => (
          <li key={e.id} className="border-l-2 border-stone-300 pl-3">
            <p>
              <span className="font-medium">{RECTIFICATION_EVENT_LABELS[e.type] ?? e.type}</span>
              <span className="ml-2 text-stone-600">
                {e.day}
                {e.by && ` · ${e.by}`}
              </span>
            </p>
            {e.caption && <p className="text-xs text-amber-900">{e.caption}</p>}
            {e.note && <p className="whitespace-pre-wrap text-stone-800">{e.note}</p>}
          </li>
        ))}
      </ol>
    </Section>
  );
}

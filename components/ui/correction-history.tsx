import type { CorrectionView } from "@/lib/audit/corrections";
import { Section } from "@/components/ui/section";

/**
 * A record's 更正记录 (lib/audit/corrections.ts `correctionHistory`): each correction with its time, who made
 * it, what it changed (the original struck through, then the corrected value) and why. Shown on the record's
 * page so the original stays visible after a correction.
 */
export function CorrectionHistory({
  id = "corrections",
  entries,
  title = "更正记录",
}: {
  id?: string;
  entries: CorrectionView[];
  title?: string;
}) {
  return (
    <Section
      id={id}
      title={title}
      description="更正不覆盖原记录：原值、更正后的值、更正人、时间和原因都保留在这里和审计日志中。"
    >
      {entries.length === 0 ? (
        <p className="text-sm text-stone-600">暂无更正。</p>
      ) : (
        <ol className="flex flex-col gap-3" aria-label={`${title}列表`}>
          {entries.map((e) => (
            <li key={e.id} className="rounded border border-stone-200 p-3 text-sm">
              <p className="font-medium">
                {e.action}
                <span className="ml-2 font-normal text-stone-600">
                  {e.at} · {e.by}
                </span>
              </p>
              {e.changes.length > 0 && (
                <ul className="mt-1 flex flex-col gap-1">
                  {e.changes.map((c) => (
                    <li key={c.field} className="break-words">
                      {c.label}：<del className="text-stone-600">{c.before}</del>
                      <span aria-hidden="true"> → </span>
                      <span className="sr-only">更正为</span>
                      <ins className="no-underline font-medium">{c.after}</ins>
                    </li>
                  ))}
                </ul>
              )}
              <p className="mt-1 break-words">更正原因：{e.reason}</p>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}

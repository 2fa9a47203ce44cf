import { Section } from "@/components/ui/section";
import type { RectificationDetail } from "@/lib/supervision/rectification/service";
import { EventForm, ReportForm, ReviewForm } from "@/components/supervision/rectification-forms";

/** The steps the caller may take now (from `steps`), each as its form; closed ones with their reason. */
export function RectificationActions({ t }: { t: RectificationDetail }) {
  const open = new Set(t.steps.filter((s) => s.open).map((s) => s.name));
  const closed = t.steps.filter((s) => !s.open && s.name !== "return" && s.name !== "visit");
  if (!t.steps.length) return null;
  return (
    <Section id="actions" title="办理">
      <div className="flex flex-col gap-6">
        {open.has("report") && <ReportForm taskId={t.id} version={t.version} onBehalf={t.onBehalf} />}
        {open.has("accept") && <ReviewForm taskId={t.id} version={t.version} />}
        {open.has("remind") && (
          <details>
            <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-blue-800">登记催办</summary>
            <EventForm taskId={t.id} version={t.version} step="reminders" />
          </details>
        )}
        {open.has("visit") &&
          (open.size === 1 ? (
            <EventForm taskId={t.id} version={t.version} step="visits" />
          ) : (
            // During rectification a visit sees the work under way; after acceptance it is the only step left.
            <details>
              <summary className="min-h-11 cursor-pointer py-2 text-sm font-medium text-blue-800">登记回访</summary>
              <EventForm taskId={t.id} version={t.version} step="visits" />
            </details>
          ))}
        {open.size === 0 && (
          <ul className="text-sm text-stone-700">
            {closed.map((s) => (
              <li key={s.name}>
                {s.label}：{s.reason}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}

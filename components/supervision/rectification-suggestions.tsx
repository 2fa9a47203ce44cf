import Link from "next/link";
import { Section } from "@/components/ui/section";
import type { ActivityFollowUp } from "@/lib/supervision/rectification/activity-view";

/** The suggestions raised during the activity: counted from the records, each linked to its page. */
export function ActivitySuggestionsSection({ f }: { f: ActivityFollowUp }) {
  const { total, items, create } = f.suggestions;
  return (
    <Section id="activity-suggestions" title={`活动中提出的建议（${total} 件）`}>
      {items.length > 0 && (
        <ul className="mb-3 text-sm">
          {items.map((s) => (
            <li key={s.id} className="py-1">
              <Link href={`/suggestions/${s.id}`} className="text-blue-800 underline">
                {s.number ? `${s.number} ` : ""}
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {create && (
        <Link
          href={`/supervision/${f.activityId}/suggestions/new`}
          className="inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-4 py-2 text-sm"
        >
          登记活动中提出的建议
        </Link>
      )}
    </Section>
  );
}

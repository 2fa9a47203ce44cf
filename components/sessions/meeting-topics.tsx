import Link from "next/link";
import { PRESIDIUM_TOPIC_KIND_LABELS } from "@/lib/sessions/labels";
import type { MeetingDetail } from "@/lib/sessions/meeting-read";

const link = "text-blue-800 underline underline-offset-2";

/** A presidium meeting's topics in order: the report heard (with its supervision activity) and the decision. */
export function MeetingTopics({ topics }: { topics: MeetingDetail["topics"] }) {
  return (
    <ol className="flex flex-col gap-3">
      {topics.map((t) => (
        <li key={t.position} className="rounded border border-stone-200 p-3">
          <h3 className="font-medium">
            {t.position}. {t.title}
            <span className="ml-2 rounded bg-stone-100 px-2 py-0.5 text-xs font-normal text-stone-700">
              {PRESIDIUM_TOPIC_KIND_LABELS[t.kind]}
            </span>
          </h3>
          <dl className="mt-1 grid grid-cols-[6rem_1fr] gap-y-1 text-sm">
            {t.reporter && (
              <>
                <dt className="text-stone-600">汇报人</dt>
                <dd>{t.reporter}</dd>
              </>
            )}
            {t.activity && (
              <>
                <dt className="text-stone-600">监督活动</dt>
                <dd>
                  <Link href={`/supervision/${t.activity.id}`} className={link}>
                    {t.activity.title}
                  </Link>
                </dd>
              </>
            )}
            <dt className="text-stone-600">决定事项</dt>
            <dd className="whitespace-pre-wrap break-words">{t.decision ?? "—"}</dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

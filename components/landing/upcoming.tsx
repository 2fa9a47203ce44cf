import Link from "next/link";
import type { Landing } from "@/lib/landing/service";
import { Section } from "@/components/ui/section";

type Session = NonNullable<Extract<Landing, { kind: "OFFICE" }>["session"]>;
type Meeting = NonNullable<Extract<Landing, { kind: "OFFICE" }>["meeting"]>;

const link = "text-blue-800 underline";

/** Label–value rows in two columns at every width: the landing's cards are half a screen wide at most. */
function Rows({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[5rem_1fr] gap-x-2 gap-y-2 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-stone-600">{k}</dt>
          <dd className="min-w-0 break-words">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The session being prepared or held: dates, venue, the checklist's progress (staff) and its documents. */
export function UpcomingSession({ session, documents = false }: { session: Session | null; documents?: boolean }) {
  return (
    <Section id="upcoming-session" title="近期人代会">
      {!session ? (
        <p className="text-sm text-stone-600">暂无筹备中或进行中的人代会。</p>
      ) : (
        <>
          <p className="mb-2 font-medium">
            <Link href={`/sessions/${session.id}`} className={link}>
              {session.title}
            </Link>
          </p>
          <Rows
            rows={[
              ["会期", `${session.startDate} 至 ${session.endDate}`],
              ["地点", session.venue],
              ...(session.checklist
                ? ([["筹备进度", <ChecklistProgress key="c" {...session.checklist} />]] as [string, React.ReactNode][])
                : []),
            ]}
          />
          {documents && <SessionDocuments docs={session.documents} />}
        </>
      )}
    </Section>
  );
}

function ChecklistProgress({ done, total }: { done: number; total: number }) {
  if (!total) return <span>未设筹备清单</span>;
  return (
    <span className="flex flex-wrap items-center gap-2">
      <progress value={done} max={total} className="h-2 w-28" aria-label="筹备清单完成情况" />
      <span>
        已完成 {done} / {total} 项
      </span>
    </span>
  );
}

function SessionDocuments({ docs }: { docs: Session["documents"] }) {
  return (
    <div className="mt-3">
      <h3 className="mb-1 text-sm font-semibold">会议文件</h3>
      {docs.length ? (
        <ul className="space-y-1 text-sm">
          {docs.map((d) => (
            <li key={d.id}>
              <a href={d.href} className={`${link} break-words`}>
                {d.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-600">会议文件尚未印发。</p>
      )}
    </div>
  );
}

/** The next presidium meeting on the calendar. */
export function NextMeeting({ meeting }: { meeting: Meeting | null }) {
  return (
    <Section id="next-meeting" title="下次主席团会议">
      {!meeting ? (
        <p className="text-sm text-stone-600">
          暂无已安排的主席团会议。
          <Link href="/presidium-meetings" className={link}>
            主席团会议记录
          </Link>
        </p>
      ) : (
        <Rows
          rows={[
            ["会议", meeting.title],
            ["日期", meeting.date],
            ["议题", meeting.topics],
          ]}
        />
      )}
    </Section>
  );
}

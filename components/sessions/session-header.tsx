import Link from "next/link";
import type { getSessionOrThrow } from "@/lib/sessions/service";
import { EXTRAORDINARY_CALL_LABELS, SESSION_KIND_LABELS } from "@/lib/sessions/labels";
import { StatusBadge } from "@/components/sessions/status-badge";
import { SessionActions } from "@/components/sessions/session-actions";
import { OpeningActions } from "@/components/sessions/opening-actions";

type Session = Awaited<ReturnType<typeof getSessionOrThrow>>;

const linkClass =
  "inline-flex min-h-10 items-center rounded border border-stone-400 bg-white px-3 py-2 text-sm text-blue-800 hover:bg-stone-100";

/** Title, status, dates and venue; the open/close buttons; print pages and .docx downloads. */
export function SessionHeader({
  session: s,
  canClose,
  staff,
}: {
  session: Session;
  canClose: boolean;
  staff: boolean;
}) {
  return (
    <header className="mb-4 flex flex-col gap-3">
      <p className="no-print text-sm">
        <Link href="/sessions" className="text-blue-800 underline">
          人代会
        </Link>{" "}
        / 会议详情
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold text-stone-900 sm:text-2xl">{s.title}</h1>
        <StatusBadge status={s.status} />
      </div>
      <dl className="grid grid-cols-[4rem_1fr] gap-y-1 text-sm sm:grid-cols-[4rem_1fr_4rem_1fr]">
        <dt className="text-stone-600">类型</dt>
        <dd>{SESSION_KIND_LABELS[s.kind]}</dd>
        <dt className="text-stone-600">会期</dt>
        <dd>{s.startDate === s.endDate ? s.startDate : `${s.startDate} 至 ${s.endDate}`}</dd>
        <dt className="text-stone-600">会场</dt>
        <dd>{s.venue}</dd>
        {s.kind === "EXTRAORDINARY" && (
          <>
            <dt className="text-stone-600">召集</dt>
            <dd className="break-words">
              {s.callBy === "PRESIDIUM" ? EXTRAORDINARY_CALL_LABELS.PRESIDIUM : `${s.requestedBy} 名代表提议`}
              {s.requestNote ? `：${s.requestNote}` : ""}
            </dd>
          </>
        )}
      </dl>
      {s.archived && (
        <p className="rounded border border-stone-300 bg-stone-100 px-3 py-2 text-sm">
          会议已闭会并归档。{staff ? "人大办此后的更正将作为“闭会后修改”记入审计日志。" : ""}
        </p>
      )}
      <OpeningActions sessionId={s.id} steps={s.steps} />
      <SessionActions sessionId={s.id} canClose={canClose} />
      <nav aria-label="打印与下载" className="no-print flex flex-wrap gap-2">
        {staff && (
          <Link href={`/sessions/${s.id}/print/sign-in`} className={linkClass}>
            打印签到表
          </Link>
        )}
        {staff && (
          <Link href={`/sessions/${s.id}/print/summary`} className={linkClass}>
            打印会议概况
          </Link>
        )}
        <a href={`/api/v1/sessions/${s.id}/notice`} className={linkClass} download>
          下载会议通知（.docx）
        </a>
        {staff && (
          <a href={`/api/v1/sessions/${s.id}/minutes`} className={linkClass} download>
            下载会议纪要（.docx）
          </a>
        )}
      </nav>
    </header>
  );
}

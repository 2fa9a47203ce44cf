import Link from "next/link";
import type { SupervisionYearFigures } from "@/lib/supervision/public";
import { SUPERVISION_KIND_LABELS, SUPERVISION_STATE_LABELS } from "@/lib/supervision/public";
import { InlineFigure } from "@/components/ui/figure";

const link = "text-blue-800 underline underline-offset-2";

/** Activities by kind, and each activity with its report (.docx). */
export function FiguresActivities({ figures: f }: { figures: SupervisionYearFigures }) {
  return (
    <>
      <dl className="flex flex-wrap gap-x-8 gap-y-1 text-sm">
        <InlineFigure label="监督活动" value={`${f.activities.total} 项`} />
        <InlineFigure label="已结束" value={`${f.activities.concluded} 项`} />
        {f.activities.byKind.map((k) => (
          <InlineFigure key={k.kind} label={k.label} value={`${k.total} 项`} />
        ))}
        <InlineFigure label="活动中代表提出建议" value={`${f.suggestions} 件`} />
      </dl>
      {f.activities.items.length > 0 && (
        <ul className="mt-3 flex flex-col gap-1 text-sm" aria-label="本年度监督活动">
          {f.activities.items.map((a) => (
            <li key={a.id} className="flex flex-wrap gap-x-3">
              <span className="text-stone-600">{a.startDate}</span>
              <span>{SUPERVISION_KIND_LABELS[a.kind]}</span>
              <Link href={`/supervision/${a.id}`} className={link}>
                {a.title}
              </Link>
              <span className="text-stone-600">
                {SUPERVISION_STATE_LABELS[a.state as keyof typeof SUPERVISION_STATE_LABELS]}
              </span>
              <a href={`/api/v1/supervision/${a.id}/report`} className={link} aria-label={`下载活动报告：${a.title}`}>
                活动报告（Word）
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Review opinions and the rectification they became. */
export function FiguresRectification({ figures: f }: { figures: SupervisionYearFigures }) {
  const r = f.rectifications;
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-1 text-sm">
      <InlineFigure label="审议意见" value={`${f.opinions.total} 条（已送达 ${f.opinions.sent} 条）`} />
      <InlineFigure label="整改任务" value={`${r.total} 件`} />
      <InlineFigure label="已验收" value={`${r.accepted} 件`} />
      <InlineFigure label="待审核整改报告" value={`${r.underReview} 件`} />
      <InlineFigure label="逾期未报送" value={`${r.overdue} 件`} />
      <InlineFigure label="整改中（未到期）" value={`${r.pending} 件`} />
      <InlineFigure label="按期报送" value={`${r.onTime} 件`} />
      <InlineFigure label="逾期报送" value={`${r.late} 件`} />
      <InlineFigure label="按期整改率" value={r.onTimeRate === null ? "—" : `${r.onTimeRate}%`} />
    </dl>
  );
}

// One item of the plan as read and printed: its title and progress, content, month, who is responsible, links.
import type { ReactNode } from "react";
import type { ItemWithProgress } from "@/lib/work-plans/progress";
import { ITEM_STATUS_LABELS, monthLabel, WORK_PLAN_MODULE_LABELS } from "@/lib/work-plans/labels";

const STATUS_TONE: Record<string, string> = {
  DONE: "bg-green-100 text-green-900",
  IN_PROGRESS: "bg-blue-100 text-blue-900",
  PLANNED: "bg-stone-100 text-stone-800",
  DROPPED: "bg-stone-200 text-stone-800 line-through",
};

function facts(item: ItemWithProgress) {
  const p = item.progress;
  return [
    `时间：${monthLabel(item.month)}`,
    `责任：${item.responsible}`,
    `所属：${WORK_PLAN_MODULE_LABELS[item.module]}`,
    ...(p.source === "LINKS" ? [`关联记录 ${p.happened}/${p.linked} 已完成`] : []),
    ...(item.statusNote ? [item.statusNote] : []),
  ].join(" · ");
}

export function ItemCard({ item, n, children }: { item: ItemWithProgress; n: number; children?: ReactNode }) {
  const status = ITEM_STATUS_LABELS[item.progress.status];
  return (
    <li className="rounded border border-stone-200 p-3 print:border-0 print:p-0">
      <div className="flex flex-wrap items-baseline gap-2">
        <span className="font-semibold">
          {n}. {item.title}
        </span>
        <span className={`rounded px-2 text-xs ${STATUS_TONE[item.progress.status]}`}>{status}</span>
        {item.progress.overdue && <span className="rounded bg-amber-100 px-2 text-xs text-amber-900">逾期</span>}
      </div>
      {item.content && <p className="indent-8 text-sm">{item.content}</p>}
      <p className="text-sm text-stone-700">{facts(item)}</p>
      {item.links.length > 0 && (
        <ul className="no-print text-sm">
          {item.links.map((l) => (
            <li key={l.linkId}>
              {WORK_PLAN_MODULE_LABELS[l.module]}：{l.date} {l.label}
              {l.missing ? "" : l.happened ? "（已完成）" : "（未完成）"}
            </li>
          ))}
        </ul>
      )}
      {children}
    </li>
  );
}

/** The plan's figures: items, done, under way, not started, overdue, dropped. */
export function PlanFigures({
  f,
}: {
  f: Record<"planned" | "done" | "inProgress" | "notStarted" | "overdue" | "dropped", number>;
}) {
  const cells: [string, number][] = [
    ["事项", f.planned],
    ["已完成", f.done],
    ["进行中", f.inProgress],
    ["未开始", f.notStarted],
    ["逾期", f.overdue],
    ["已取消", f.dropped],
  ];
  return (
    <section aria-label="完成情况" className="no-print mb-4 grid grid-cols-3 gap-2 text-center text-sm sm:grid-cols-6">
      {cells.map(([label, n]) => (
        <div key={label} className="rounded border border-stone-200 bg-white p-2">
          <div className="text-xl font-semibold">{n}</div>
          <div className="text-stone-700">{label}</div>
        </div>
      ))}
    </section>
  );
}

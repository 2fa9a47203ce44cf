"use client";

import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";

export interface ChecklistItem {
  id: string;
  title: string;
  owner: string | null;
  dueDate: string;
  done: boolean;
  /** Who ticked it off and when (2026-12-06 14:30), null while not done. */
  doneBy: string | null;
  doneAt: string | null;
}

/** 筹备清单: the office ticks items off; undone items past their due date (in China) are marked 逾期. */
export function ChecklistSection({
  sessionId,
  items: initial,
  today,
  canEdit,
}: {
  sessionId: string;
  items: ChecklistItem[];
  today: string;
  canEdit: boolean;
}) {
  const [items, setItems] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const done = items.filter((i) => i.done).length;
  const overdue = items.filter((i) => !i.done && i.dueDate < today).length;

  async function toggle(item: ChecklistItem, value: boolean) {
    setError(null);
    setItems((list) => list.map((i) => (i.id === item.id ? { ...i, done: value } : i)));
    const res = await apiSend<ChecklistItem>(`/api/v1/sessions/${sessionId}/checklist/${item.id}`, "PATCH", {
      done: value,
    });
    if (res.ok) setItems((list) => list.map((i) => (i.id === item.id ? { ...i, ...res.data } : i)));
    else {
      setItems((list) => list.map((i) => (i.id === item.id ? item : i)));
      setError(`“${item.title}”未能保存：${res.error.message}`);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <progress
          value={done}
          max={Math.max(items.length, 1)}
          aria-label="筹备进度"
          className="h-3 w-full max-w-md accent-brand-700"
        />
        <span className="text-sm font-medium" aria-live="polite">
          已完成 {done} / {items.length}
        </span>
        {overdue > 0 && <span className="text-sm text-red-800">{overdue} 项逾期未完成</span>}
      </div>
      {error && <Alert tone="error">{error}</Alert>}
      <ul className="flex flex-col divide-y divide-stone-200 rounded border border-stone-200">
        {items.map((i) => (
          <ChecklistRow key={i.id} item={i} late={!i.done && i.dueDate < today} onToggle={canEdit ? toggle : null} />
        ))}
      </ul>
    </div>
  );
}

/** One item: ticked off by the office, shown as 已完成/未完成 to others; 逾期 when undone past its due date. */
function ChecklistRow({
  item: i,
  late,
  onToggle,
}: {
  item: ChecklistItem;
  late: boolean;
  onToggle: ((item: ChecklistItem, value: boolean) => void) | null;
}) {
  const meta = (
    <span className="flex flex-wrap gap-x-3 text-sm text-stone-700">
      <span>负责：{i.owner ?? "—"}</span>
      <span>截止：{i.dueDate}</span>
      {late && <span className="rounded bg-red-700 px-1.5 font-medium text-white">逾期</span>}
      {i.done && i.doneAt && (
        <span className="text-green-900">
          {i.doneBy ?? "—"} {i.doneAt} 完成
        </span>
      )}
    </span>
  );
  return (
    <li className={`px-3 py-2 ${late ? "border-l-4 border-l-red-700 bg-red-50" : ""}`}>
      {onToggle ? (
        <label className="flex min-h-11 cursor-pointer items-start gap-3">
          <input
            type="checkbox"
            className="mt-1 size-5 shrink-0"
            checked={i.done}
            onChange={(e) => onToggle(i, e.target.checked)}
          />
          <span className="flex flex-col gap-0.5">
            <span className={i.done ? "text-stone-600 line-through" : ""}>{i.title}</span>
            {meta}
          </span>
        </label>
      ) : (
        <div className="flex items-start gap-3">
          <span className={`mt-0.5 shrink-0 text-sm ${i.done ? "text-green-800" : "text-stone-700"}`}>
            {i.done ? "✓ 已完成" : "未完成"}
          </span>
          <span className="flex flex-col gap-0.5">
            <span>{i.title}</span>
            {meta}
          </span>
        </div>
      )}
    </li>
  );
}

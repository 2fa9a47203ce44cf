"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { useCategorySend, type CategoryMessage, type CategorySend } from "@/components/suggestions/category-send";

export interface CategoryItem {
  id: string;
  name: string;
  active: boolean;
  version: number;
  inUse: number;
}

type Patch = (body: object, done: string) => Promise<boolean>;

const small = "min-h-10 px-3";

function RenameForm({
  c,
  busy,
  patch,
  onClose,
}: {
  c: CategoryItem;
  busy: boolean;
  patch: Patch;
  onClose: () => void;
}) {
  const [name, setName] = useState(c.name);
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        if (await patch({ name }, `已改名为“${name.trim()}”`)) onClose();
      }}
      noValidate
      aria-label={`修改“${c.name}”的名称`}
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 flex-1">
        <FormField label="新名称">
          <input
            value={name}
            maxLength={30}
            onChange={(e) => setName(e.target.value)}
            className={inputClass}
            autoFocus
          />
        </FormField>
      </div>
      <Button type="submit" disabled={busy} className={small}>
        保存
      </Button>
      <Button variant="secondary" onClick={onClose} className={small}>
        取消
      </Button>
    </form>
  );
}

function RowActions({
  c,
  first,
  last,
  busy,
  patch,
  send,
  onRename,
}: {
  c: CategoryItem;
  first: boolean;
  last: boolean;
  busy: boolean;
  patch: Patch;
  send: CategorySend;
  onRename: () => void;
}) {
  const action = (label: string, disabled: boolean, onClick: () => unknown, variant: "secondary" | "danger") => (
    <Button variant={variant} className={small} disabled={disabled} aria-label={`${label} ${c.name}`} onClick={onClick}>
      {label}
    </Button>
  );
  const url = `/api/v1/suggestion-categories/${c.id}`;
  return (
    <div className="flex flex-wrap gap-2" role="group" aria-label={`${c.name} 的操作`}>
      {action("上移", busy || first, () => patch({ move: "up" }, `已上移“${c.name}”`), "secondary")}
      {action("下移", busy || last, () => patch({ move: "down" }, `已下移“${c.name}”`), "secondary")}
      {action("改名", busy, onRename, "secondary")}
      {c.active
        ? action("停用", busy, () => patch({ active: false }, `已停用“${c.name}”`), "secondary")
        : action("启用", busy, () => patch({ active: true }, `已启用“${c.name}”`), "secondary")}
      {c.inUse === 0 &&
        action(
          "删除",
          busy,
          () => confirm(`删除类别“${c.name}”？`) && send(url, "DELETE", undefined, `已删除“${c.name}”`),
          "danger",
        )}
    </div>
  );
}

/** One category: its name and use, then either its actions or the rename form. */
export function CategoryRow({
  c,
  first,
  last,
  onMessage,
}: {
  c: CategoryItem;
  first: boolean;
  last: boolean;
  onMessage: (m: CategoryMessage) => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const { busy, send } = useCategorySend(onMessage);
  const patch: Patch = (body, done) =>
    send(`/api/v1/suggestion-categories/${c.id}`, "PATCH", { ...body, version: c.version }, done);
  return (
    <li className="flex flex-col gap-2 border-b border-stone-200 py-3 last:border-b-0">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className={`font-medium ${c.active ? "" : "text-stone-500 line-through"}`}>{c.name}</span>
        <span className="text-sm text-stone-600">
          {c.active ? "在用" : "已停用"} · 已用于 {c.inUse} 件建议
        </span>
      </div>
      {renaming ? (
        <RenameForm c={c} busy={busy} patch={patch} onClose={() => setRenaming(false)} />
      ) : (
        <RowActions
          c={c}
          first={first}
          last={last}
          busy={busy}
          patch={patch}
          send={send}
          onRename={() => setRenaming(true)}
        />
      )}
    </li>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";

export interface CategoryItem {
  id: string;
  name: string;
  active: boolean;
  version: number;
  inUse: number;
}

type Message = { tone: "error" | "success"; text: string } | null;

/** One request, then a refresh so the list shows the server's order and versions. */
function useSend(setMessage: (m: Message) => void) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return {
    busy,
    send: async (url: string, method: "POST" | "PATCH" | "DELETE", body: unknown, done: string) => {
      setBusy(true);
      const res = await apiSend(url, method, body);
      setBusy(false);
      if (!res.ok) {
        setMessage({ tone: "error", text: Object.values(res.error.fields ?? {})[0] ?? res.error.message });
        return false;
      }
      setMessage({ tone: "success", text: done });
      router.refresh();
      return true;
    },
  };
}

function AddForm({ onMessage }: { onMessage: (m: Message) => void }) {
  const [name, setName] = useState("");
  const { busy, send } = useSend(onMessage);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await send("/api/v1/suggestion-categories", "POST", { name }, `已添加“${name.trim()}”`)) setName("");
  }
  return (
    <form onSubmit={submit} noValidate aria-label="添加类别" className="flex flex-col gap-2 sm:flex-row sm:items-end">
      <div className="flex-1">
        <FormField label="新类别名称" hint="最多 30 个字，不能与已有类别同名">
          <input value={name} maxLength={30} onChange={(e) => setName(e.target.value)} className={inputClass} />
        </FormField>
      </div>
      <Button type="submit" disabled={busy}>
        添加
      </Button>
    </form>
  );
}

function Row({
  c,
  first,
  last,
  onMessage,
}: {
  c: CategoryItem;
  first: boolean;
  last: boolean;
  onMessage: (m: Message) => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(c.name);
  const { busy, send } = useSend(onMessage);
  const url = `/api/v1/suggestion-categories/${c.id}`;
  const patch = (body: object, done: string) => send(url, "PATCH", { ...body, version: c.version }, done);
  const small = "min-h-10 px-3";
  return (
    <li className="flex flex-col gap-2 border-b border-stone-200 py-3 last:border-b-0">
      <div className="flex flex-wrap items-baseline gap-x-2">
        <span className={`font-medium ${c.active ? "" : "text-stone-500 line-through"}`}>{c.name}</span>
        <span className="text-sm text-stone-600">
          {c.active ? "在用" : "已停用"} · 已用于 {c.inUse} 件建议
        </span>
      </div>
      {renaming ? (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await patch({ name }, `已改名为“${name.trim()}”`)) setRenaming(false);
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
          <Button
            variant="secondary"
            onClick={() => {
              setRenaming(false);
              setName(c.name);
            }}
            className={small}
          >
            取消
          </Button>
        </form>
      ) : (
        <div className="flex flex-wrap gap-2" role="group" aria-label={`${c.name} 的操作`}>
          <Button
            variant="secondary"
            className={small}
            disabled={busy || first}
            aria-label={`上移 ${c.name}`}
            onClick={() => patch({ move: "up" }, `已上移“${c.name}”`)}
          >
            上移
          </Button>
          <Button
            variant="secondary"
            className={small}
            disabled={busy || last}
            aria-label={`下移 ${c.name}`}
            onClick={() => patch({ move: "down" }, `已下移“${c.name}”`)}
          >
            下移
          </Button>
          <Button
            variant="secondary"
            className={small}
            disabled={busy}
            aria-label={`改名 ${c.name}`}
            onClick={() => setRenaming(true)}
          >
            改名
          </Button>
          {c.active ? (
            <Button
              variant="secondary"
              className={small}
              disabled={busy}
              aria-label={`停用 ${c.name}`}
              onClick={() => patch({ active: false }, `已停用“${c.name}”`)}
            >
              停用
            </Button>
          ) : (
            <Button
              variant="secondary"
              className={small}
              disabled={busy}
              aria-label={`启用 ${c.name}`}
              onClick={() => patch({ active: true }, `已启用“${c.name}”`)}
            >
              启用
            </Button>
          )}
          {c.inUse === 0 && (
            <Button
              variant="danger"
              className={small}
              disabled={busy}
              aria-label={`删除 ${c.name}`}
              onClick={() => confirm(`删除类别“${c.name}”？`) && send(url, "DELETE", undefined, `已删除“${c.name}”`)}
            >
              删除
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

/** The list in its order, each row with its actions; messages are announced in one live region. */
export function CategoryManager({ items }: { items: CategoryItem[] }) {
  const [message, setMessage] = useState<Message>(null);
  return (
    <div className="flex flex-col gap-4">
      <section aria-label="添加类别" className="rounded border border-stone-200 bg-white p-3 sm:p-4">
        <AddForm onMessage={setMessage} />
      </section>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <section aria-labelledby="category-list-title" className="rounded border border-stone-200 bg-white p-3 sm:p-4">
        <h2 id="category-list-title" className="text-lg font-semibold">
          类别（按显示顺序）
        </h2>
        {items.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">暂无类别</p>
        ) : (
          <ol aria-label="类别列表" className="mt-1">
            {items.map((c, i) => (
              <Row key={c.id} c={c} first={i === 0} last={i === items.length - 1} onMessage={setMessage} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

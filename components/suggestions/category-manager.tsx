"use client";

import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, inputClass } from "@/components/ui/form-field";
import { CategoryRow, type CategoryItem } from "@/components/suggestions/category-row";
import { useCategorySend, type CategoryMessage } from "@/components/suggestions/category-send";

function AddForm({ onMessage }: { onMessage: (m: CategoryMessage) => void }) {
  const [name, setName] = useState("");
  const { busy, send } = useCategorySend(onMessage);
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

/** The list in its order, each row with its actions; messages are announced in one live region. */
export function CategoryManager({ items }: { items: CategoryItem[] }) {
  const [message, setMessage] = useState<CategoryMessage>(null);
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
              <CategoryRow key={c.id} c={c} first={i === 0} last={i === items.length - 1} onMessage={setMessage} />
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiSend } from "@/components/ui/api";
import { Alert } from "@/components/ui/alert";

export function PresidiumLinksForm({
  memberId,
  memberName,
  linked,
  deputies,
}: {
  memberId: string;
  memberName: string;
  linked: string[];
  deputies: { id: string; name: string }[];
}) {
  const router = useRouter();
  const [selected, setSelected] = useState(new Set(linked));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  async function save() {
    const res = await apiSend(`/api/v1/presidium-links/${memberId}`, "PUT", { deputyIds: [...selected] });
    setMessage(res.ok ? { tone: "success", text: "已保存" } : { tone: "error", text: res.error.message });
    if (res.ok) router.refresh();
  }
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="text-sm font-medium">
        {memberName}联系的代表（已选 {selected.size} 名）
      </legend>
      <div className="grid max-h-64 grid-cols-2 gap-1 overflow-y-auto rounded border border-stone-200 p-2 sm:grid-cols-4">
        {deputies.map((d) => (
          <label key={d.id} className="flex min-h-9 items-center gap-1 text-sm">
            <input type="checkbox" checked={selected.has(d.id)} onChange={() => toggle(d.id)} /> {d.name}
          </label>
        ))}
      </div>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <button
        type="button"
        onClick={save}
        className="min-h-10 self-start rounded bg-brand-700 px-4 py-2 text-sm text-white"
      >
        保存联系代表
      </button>
    </fieldset>
  );
}

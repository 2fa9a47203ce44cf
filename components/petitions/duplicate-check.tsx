"use client";

import { useEffect, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { apiSend } from "@/components/ui/api";
import type { PossibleDuplicate } from "@/lib/petitions/duplicates";
import type { PetitionCreateInput } from "@/lib/petitions/schema";

type Form = UseFormReturn<PetitionCreateInput>;

/** What the check sends: the subject and the petitioners' names and ID numbers, nothing else. */
function checkBody(subject: unknown, petitioners: unknown, excludeId?: string) {
  const rows = Array.isArray(petitioners) ? (petitioners as { name?: string; idNumber?: string }[]) : [];
  return {
    subject: String(subject ?? "").slice(0, 200),
    petitioners: rows.map((p) => ({
      name: String(p.name ?? "").slice(0, 50),
      idNumber: String(p.idNumber ?? "").slice(0, 18),
    })),
    ...(excludeId ? { excludeId } : {}),
  };
}

/**
 * 查重 before saving: the same petitioner (name or ID number) or a very similar subject in the last
 * `lookbackDays` days, and the same petitioner's accepted case still being handled (Art. 19 para 3).
 * Checked as the office types (after a pause); a candidate can be linked as the earlier petition.
 */
export function DuplicateCheck({
  form,
  lookbackDays,
  excludeId,
}: {
  form: Form;
  lookbackDays: number;
  excludeId?: string;
}) {
  const [subject, petitioners, linked] = form.watch(["subject", "petitioners", "duplicateOfId"]);
  const body = JSON.stringify(checkBody(subject, petitioners, excludeId));
  const [items, setItems] = useState<PossibleDuplicate[] | null>(null);
  useEffect(() => {
    const parsed = JSON.parse(body) as ReturnType<typeof checkBody>;
    if (!parsed.subject.trim() && !parsed.petitioners.some((p) => p.name.trim() || p.idNumber.trim())) return;
    const timer = setTimeout(async () => {
      const res = await apiSend<{ items: PossibleDuplicate[] }>("/api/v1/petitions/duplicates", "POST", parsed);
      if (res.ok) setItems(res.data.items);
    }, 600);
    return () => clearTimeout(timer);
  }, [body]);
  const link = (id: string | null) => form.setValue("duplicateOfId", id, { shouldDirty: true });
  return (
    <section
      aria-labelledby="duplicates-title"
      aria-live="polite"
      className="rounded border border-stone-200 bg-stone-50 p-3"
    >
      <h2 id="duplicates-title" className="text-base font-semibold">
        可能重复的信访件
      </h2>
      <p className="text-xs text-stone-600">
        按同一信访人（姓名或身份证号）或相近标题，查找近 {lookbackDays}{" "}
        天收到的信访件，以及该信访人已受理、仍在办理的信访件。
      </p>
      {items === null ? (
        <p className="mt-2 text-sm text-stone-600">填写信访人和标题后自动查重。</p>
      ) : items.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700">未发现可能重复的信访件。</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-2">
          {items.map((d) => (
            <li
              key={d.id}
              className={`rounded border p-2 text-sm ${d.acceptedOpen ? "border-amber-600 bg-amber-50" : "border-stone-300 bg-white"}`}
            >
              <a
                href={`/petitions/${d.id}`}
                target="_blank"
                rel="noreferrer"
                className="font-medium text-blue-800 underline"
              >
                {d.number ?? "信访件"} {d.subject}
              </a>
              <span className="ml-2 text-stone-600">
                {d.receivedOn} 收到 · {d.stateLabel}
              </span>
              <p className="text-stone-700">{d.reasons.join("；")}</p>
              {d.acceptedOpen && (
                <p className="font-medium text-amber-900">
                  同一事项已受理、正在办理：依信访工作条例第十九条第三款不再重复受理，可关联为重复件。
                </p>
              )}
              <button
                type="button"
                aria-pressed={linked === d.id}
                onClick={() => link(linked === d.id ? null : d.id)}
                className="mt-1 min-h-10 rounded border border-stone-400 bg-white px-3 aria-pressed:border-blue-800 aria-pressed:bg-blue-50"
              >
                {linked === d.id ? "已关联为重复件（点击取消）" : "关联为重复件"}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

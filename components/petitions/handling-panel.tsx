import { Section } from "@/components/ui/section";
import { StepForm } from "@/components/petitions/step-form";
import { stepFields } from "@/components/petitions/step-fields";
import type { PetitionHandlingView } from "@/lib/petitions/handling-view";

/** The main next step of each state: opened at once; the others are folded. */
const MAIN = new Set(["notify", "propose", "approve", "transfer", "reply", "report", "close"]);

const LETTERS = [
  ["notice", "告知书"],
  ["opinion", "信访处理意见书"],
  ["extension", "延期告知书"],
] as const;

/** Whose paper form a 代录 step keys in. */
const ON_BEHALF_OF: Record<string, string> = { approve: "主席", extend: "主席", reply: "承办单位", object: "承办单位" };

/**
 * 办理: the handling steps the viewer may take now, each with its form (the chain's order), the closed ones
 * with their reasons, and the letters the record supports (office and chair).
 */
export function HandlingPanel({ v }: { v: PetitionHandlingView }) {
  const open = v.steps.filter((s) => s.open);
  const closed = v.steps.filter((s) => !s.open);
  const ctx = {
    units: v.units,
    users: v.users,
    appeal: v.category === "APPEAL_CLAIM",
    dated: v.dated,
    objectBy: v.objectBy,
  };
  const letters = v.documents ? LETTERS.filter(([kind]) => v.letters[kind]) : [];
  if (v.recused)
    return (
      <Section id="handling" title="办理">
        <p className="text-sm text-stone-700">您已回避此信访件（第二十八条），不能办理。</p>
      </Section>
    );
  if (!v.steps.length && !letters.length) return null;
  return (
    <Section
      id="handling"
      title="办理"
      description={v.objectBy ? `本单位如认为不属于职权范围，请于 ${v.objectBy} 前提出异议` : undefined}
    >
      <div className="flex flex-col gap-3">
        {open.map((s) => (
          <details key={s.name} open={MAIN.has(s.name)} className="rounded border border-stone-200 p-3">
            <summary className="min-h-11 cursor-pointer py-2 font-medium text-blue-800">{s.label}</summary>
            <div className="mt-2">
              <StepForm
                petitionId={v.id}
                version={v.version}
                step={s.name}
                label={s.label}
                fields={stepFields(s.name, { ...ctx, dated: ctx.dated })}
                onBehalfOf={s.onBehalf ? ON_BEHALF_OF[s.name] : null}
              />
            </div>
          </details>
        ))}
        {closed.length > 0 && (
          <details className="text-sm text-stone-700">
            <summary className="min-h-11 cursor-pointer py-2">暂不能办理的环节（{closed.length}）</summary>
            <ul className="list-disc pl-5">
              {closed.map((s) => (
                <li key={s.name}>
                  {s.label}：{s.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
        {letters.length > 0 && (
          <p className="flex flex-wrap gap-3 text-sm">
            {letters.map(([kind, label]) => (
              <a
                key={kind}
                href={`/api/v1/petitions/${v.id}/documents/${kind}`}
                className="inline-flex min-h-11 items-center text-blue-800 underline"
              >
                下载{label}（Word）
              </a>
            ))}
          </p>
        )}
      </div>
    </Section>
  );
}

import type { listDuties } from "@/lib/duties/service";
import { ReviewActions } from "@/components/duties/review-actions";
import { DutyForm } from "@/components/duties/duty-form";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

type Entry = Awaited<ReturnType<typeof listDuties>>["items"][number];

const figuresOf = (d: Entry) =>
  [
    d.voters != null ? `选民 ${d.voters} 人` : null,
    d.households != null ? `帮扶 ${d.households} 户` : null,
    d.persons != null ? `${d.persons} 人` : null,
    d.incomeRaised != null ? `增收 ${d.incomeRaised} 元` : null,
    d.photos ? `照片 ${d.photos} 张` : null,
  ]
    .filter(Boolean)
    .join(" · ");

/** The entries as cards (readable on a phone), each with the steps the actor may take on it. */
export function DutyList({ items, showDeputy }: { items: Entry[]; showDeputy: boolean }) {
  if (!items.length) return <p className="text-sm text-stone-600">没有登记</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label="履职登记">
      {items.map((d) => {
        const step = (name: string) => d.steps.find((s) => s.name === name && s.open);
        const label = `${d.occurredOn} ${d.kindLabel}${showDeputy && d.deputyName ? ` ${d.deputyName}` : ""}`;
        return (
          <li key={d.id} className="rounded border border-stone-200 bg-white p-3" aria-label={label}>
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <p className="font-medium">
                {d.occurredOn} · {d.kindLabel}
                {showDeputy && d.deputyName && <span className="ml-2 text-stone-700">{d.deputyName}</span>}
              </p>
              <span className="rounded bg-stone-100 px-2 py-0.5 text-xs text-stone-800">{d.stateLabel}</span>
            </div>
            <p className="mt-1 whitespace-pre-line break-words text-sm">{d.description}</p>
            {figuresOf(d) && <p className="mt-1 text-xs text-stone-700">{figuresOf(d)}</p>}
            {d.photoList.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-2" aria-label={`${label}的照片`}>
                {d.photoList.map((p) => (
                  <li key={p.id} className="flex flex-col items-start gap-1">
                    {/* eslint-disable-next-line @next/next/no-img-element -- served by the API with its own headers */}
                    <img
                      src={`/api/v1/duties/${d.id}/photos/${p.id}`}
                      alt={p.filename}
                      className="h-20 w-auto rounded border"
                    />
                    {step("edit") && (
                      <ConfirmDeleteButton url={`/api/v1/duties/${d.id}/photos/${p.id}`} name={`照片 ${p.filename}`} />
                    )}
                  </li>
                ))}
              </ul>
            )}
            {d.onBehalfOf && <p className="mt-1 text-xs text-amber-900">代录：人大办按纸质材料录入</p>}
            {d.returnReason && <p className="mt-1 text-sm text-red-800">退回原因：{d.returnReason}</p>}
            {step("verify") && (
              <div className="mt-2">
                <ReviewActions id={d.id} version={d.version} label={label} />
              </div>
            )}
            {step("edit") && d.returnReason && (
              <details className="mt-2">
                <summary className="cursor-pointer text-sm text-blue-800">修改后重新提交</summary>
                <div className="mt-2">
                  <DutyForm
                    entry={{
                      id: d.id,
                      version: d.version,
                      values: {
                        kind: d.kind,
                        occurredOn: d.occurredOn,
                        description: d.description,
                        voters: d.voters,
                        households: d.households,
                        persons: d.persons,
                        incomeRaised: d.incomeRaised,
                      },
                    }}
                  />
                </div>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

import Link from "next/link";
import type { ReceptionDayDetail } from "@/lib/reception/detail";
import type { Option } from "@/components/ui/option-select";
import { ConvertForm, SolvedForm } from "@/components/reception/visit-forms";
import { PetitionConvertForm } from "@/components/reception/petition-convert-form";

type Visit = ReceptionDayDetail["visits"][number];

function Outcome({ v }: { v: Visit }) {
  if (v.suggestion)
    return (
      <p className="text-sm">
        已转为代表建议：
        <Link href={`/suggestions/${v.suggestion.id}`} className="text-blue-800 underline">
          {v.suggestion.number ?? v.suggestion.title}
        </Link>
      </p>
    );
  if (v.petition) return <p className="text-sm">已转为信访件：{v.petition.number ?? "信访件"}</p>;
  return null;
}

/** The day's visitors: who, what they raised, whether it was solved, what it became, and the office's buttons. */
export function VisitList({
  d,
  categories,
  petitionCategories,
  deputies,
}: {
  d: ReceptionDayDetail;
  categories: Option[];
  petitionCategories: Option[];
  deputies: Option[];
}) {
  if (!d.visits.length)
    return <p className="rounded border border-dashed border-stone-300 p-4 text-center text-stone-600">尚未登记来访</p>;
  return (
    <ol className="flex flex-col gap-3">
      {d.visits.map((v, i) => (
        <li key={v.id} className="rounded border border-stone-200 p-3">
          <h3 className="font-medium">
            {i + 1}. {v.visitorName}
            <span className="ml-2 text-sm font-normal text-stone-600">
              {[v.phone, v.address].filter(Boolean).join(" · ")}
            </span>
          </h3>
          <p className="mt-1 text-sm whitespace-pre-wrap">{v.issue}</p>
          <p className="mt-1 text-sm text-stone-700">
            {v.receivedBy ? `接待代表：${v.receivedBy.name} · ` : ""}
            {v.solved ? `已解决${v.solution ? `：${v.solution}` : ""}` : "未解决"}
            {v.onBehalf && <span className="ml-2 text-xs text-amber-900">{v.onBehalf}</span>}
          </p>
          <Outcome v={v} />
          {d.may.recordVisit && !v.solved && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-blue-800">登记解决情况</summary>
              <SolvedForm dayId={d.id} visitId={v.id} name={v.visitorName} />
            </details>
          )}
          {d.may.convert && !v.converted && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-blue-800">转为代表建议</summary>
              <ConvertForm
                dayId={d.id}
                visitId={v.id}
                name={v.visitorName}
                categories={categories}
                deputies={deputies}
                leadId={v.receivedBy?.id ?? null}
              />
            </details>
          )}
          {d.may.convert && !v.converted && (
            <details className="mt-2">
              <summary className="cursor-pointer text-sm text-blue-800">转为信访件</summary>
              <PetitionConvertForm dayId={d.id} visitId={v.id} name={v.visitorName} categories={petitionCategories} />
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}

import Link from "next/link";
import { LabelOptions } from "@/components/ui/label-options";
import { inputClass } from "@/components/ui/form-field";
import {
  PETITION_HANDLING_LABELS,
  PETITION_OUTCOME_LABELS,
  PETITION_CATEGORY_LABELS,
  PETITION_CHANNEL_LABELS,
  PETITION_SORT_LABELS,
  PETITION_STATE_LABELS,
} from "@/lib/petitions/labels";
import type { PetitionListQuery } from "@/lib/petitions/schema";

const ORIGIN_LABELS = { county: "上级人大转办", local: "本级受理" };

function Select({
  name,
  label,
  value,
  labels,
  all = "全部",
}: {
  name: string;
  label: string;
  value: string | number | undefined;
  labels: Record<string, string>;
  all?: string | null;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-stone-800">{label}</span>
      <select name={name} defaultValue={value === undefined ? "" : String(value)} className={inputClass}>
        {all !== null && <option value="">{all}</option>}
        <LabelOptions labels={labels} />
      </select>
    </label>
  );
}

/** Kept from a landing bar or a figure: the lead unit (主办) only, shown and clearable. */
function LeadUnit({ query, units }: { query: PetitionListQuery; units: { id: string; name: string }[] }) {
  const rest = new URLSearchParams(
    Object.entries(query).flatMap(([k, v]) =>
      k === "leadUnitId" || k === "page" || v === undefined ? [] : [[k, String(v)]],
    ),
  );
  const name = units.find((u) => u.id === query.leadUnitId)?.name;
  return (
    <p className="mt-3 flex flex-wrap items-center gap-2 text-sm" data-filter="lead-unit">
      <input type="hidden" name="leadUnitId" value={query.leadUnitId} />
      <span>只显示{name ? `主办单位为${name}` : "本单位主办"}的信访件</span>
      <Link href={`/petitions?${rest}`} className="text-blue-800 underline">
        清除<span className="sr-only">筛选：主办单位</span>
      </Link>
    </p>
  );
}

/** The list's filters as a plain GET form: works without JavaScript, keeps the URL shareable. */
export function PetitionFilters({
  query,
  units,
  years,
}: {
  query: PetitionListQuery;
  units: { id: string; name: string }[];
  years: number[];
}) {
  return (
    <form
      method="get"
      action="/petitions"
      aria-label="筛选信访件"
      className="mb-3 rounded border border-stone-200 bg-white p-3"
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-8">
        <Select
          name="year"
          label="年度"
          value={query.year}
          labels={Object.fromEntries(years.map((y) => [y, `${y}年`]))}
        />
        <Select name="state" label="状态" value={query.state} labels={PETITION_STATE_LABELS} />
        <Select name="channel" label="渠道" value={query.channel} labels={PETITION_CHANNEL_LABELS} />
        <Select name="category" label="类别" value={query.category} labels={PETITION_CATEGORY_LABELS} />
        <Select name="origin" label="来源" value={query.origin} labels={ORIGIN_LABELS} />
        <Select name="outcome" label="办理结果" value={query.outcome} labels={PETITION_OUTCOME_LABELS} />
        <Select name="handling" label="按期办结" value={query.handling} labels={PETITION_HANDLING_LABELS} />
        {units.length > 0 && (
          <Select
            name="unitId"
            label="承办单位"
            value={query.unitId}
            labels={Object.fromEntries(units.map((u) => [u.id, u.name]))}
          />
        )}
        <Select name="sort" label="排序" value={query.sort} labels={PETITION_SORT_LABELS} all={null} />
        <label className="flex flex-col gap-1 text-sm">
          <span className="font-medium text-stone-800">关键词</span>
          <input name="q" type="search" defaultValue={query.q ?? ""} placeholder="标题或编号" className={inputClass} />
        </label>
      </div>
      {query.leadUnitId && <LeadUnit query={query} units={units} />}
      <div className="mt-3 flex gap-3">
        <button type="submit" className="min-h-10 rounded bg-brand-700 px-4 text-sm text-white">
          筛选
        </button>
        <Link href="/petitions" className="inline-flex min-h-10 items-center text-sm text-blue-800 underline">
          清除条件
        </Link>
      </div>
    </form>
  );
}

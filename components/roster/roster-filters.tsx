import { inputClass } from "@/components/ui/form-field";
import { DEPUTY_STATUS_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import type { DeputyListQuery } from "@/lib/roster/schema";

const SORTS = { name: "姓名", birthDate: "出生日期", constituency: "选区", startDate: "任职日期" } as const;
const ORDERS: [string, string][] = [
  ["asc", "升序"],
  ["desc", "降序"],
];

/** A labelled filter; `all` is the option that leaves it unset (none when empty), sent as `allValue`. */
function FilterSelect({
  name,
  label,
  value,
  options,
  all = "全部",
  allValue = "",
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: [string, string][];
  all?: string;
  allValue?: string;
}) {
  return (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value ?? allValue} className={`${inputClass} sm:w-36`}>
        {all && <option value={allValue}>{all}</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A plain GET form: filtering and sorting happen on the server, and the URL can be bookmarked. */
/** `scope`: what the viewer may filter by — everything (office, chair, presidium), public fields (deputies), or the name (units). */
export function RosterFilters({
  query,
  groups,
  constituencies,
  parties,
  scope,
}: {
  query: DeputyListQuery;
  groups: { id: string; name: string }[];
  constituencies: string[];
  parties: string[];
  scope: "ALL" | "PUBLIC" | "NAME";
}) {
  return (
    <form
      method="get"
      aria-label="筛选代表"
      className="no-print mb-3 grid grid-cols-2 items-end gap-2 sm:flex sm:flex-wrap"
    >
      <label className="col-span-2 flex flex-col text-sm">
        姓名
        <input name="q" defaultValue={query.q} placeholder="输入姓名中的字" className={`${inputClass} sm:w-40`} />
      </label>
      {scope !== "NAME" && (
        <FilterSelect
          name="groupId"
          label="代表小组"
          value={query.groupId}
          options={groups.map((g) => [g.id, g.name])}
        />
      )}
      {scope !== "NAME" && (
        <FilterSelect
          name="level"
          label="代表层级"
          value={query.level}
          options={Object.entries(LEVEL_LABELS).map(([v, l]) => [v, `${l}人大代表`])}
        />
      )}
      {scope !== "NAME" && (
        <FilterSelect
          name="status"
          label="状态"
          value={query.status}
          options={Object.entries(DEPUTY_STATUS_LABELS)}
          allValue="ALL"
        />
      )}
      {scope === "ALL" && (
        <FilterSelect
          name="constituency"
          label="选区"
          value={query.constituency}
          options={constituencies.map((c) => [c, c])}
        />
      )}
      {scope === "ALL" && (
        <FilterSelect name="party" label="政治面貌" value={query.party} options={parties.map((p) => [p, p])} />
      )}
      {scope === "ALL" && (
        <FilterSelect name="review" label="信息核对" value={query.review} options={[["1", "待核对"]]} />
      )}
      {scope === "ALL" && (
        <FilterSelect name="sort" label="排序" value={query.sort} options={Object.entries(SORTS)} all="" />
      )}
      <FilterSelect name="order" label="顺序" value={query.order} options={ORDERS} all="" />
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        筛选
      </button>
    </form>
  );
}

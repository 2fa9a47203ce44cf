import { inputClass } from "@/components/ui/form-field";
import { DEPUTY_STATUS_LABELS, LEVEL_LABELS } from "@/lib/i18n/zh-CN";
import type { DeputyListQuery } from "@/lib/roster/schema";

const SORTS = { name: "姓名", birthDate: "出生日期", constituency: "选区", startDate: "任职日期" } as const;

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
  const select = (
    name: string,
    label: string,
    value: string | undefined,
    options: [string, string][],
    all = "全部",
    allValue = "",
  ) => (
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
      {scope !== "NAME" &&
        select(
          "groupId",
          "代表小组",
          query.groupId,
          groups.map((g) => [g.id, g.name]),
        )}
      {scope !== "NAME" &&
        select(
          "level",
          "代表层级",
          query.level,
          Object.entries(LEVEL_LABELS).map(([v, l]) => [v, `${l}人大代表`]),
        )}
      {scope !== "NAME" && select("status", "状态", query.status, Object.entries(DEPUTY_STATUS_LABELS), "全部", "ALL")}
      {scope === "ALL" &&
        select(
          "constituency",
          "选区",
          query.constituency,
          constituencies.map((c) => [c, c]),
        )}
      {scope === "ALL" &&
        select(
          "party",
          "政治面貌",
          query.party,
          parties.map((p) => [p, p]),
        )}
      {scope === "ALL" && select("sort", "排序", query.sort, Object.entries(SORTS), "")}
      {select(
        "order",
        "顺序",
        query.order,
        [
          ["asc", "升序"],
          ["desc", "降序"],
        ],
        "",
      )}
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        筛选
      </button>
    </form>
  );
}

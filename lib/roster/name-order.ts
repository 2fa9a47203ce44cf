// Chinese order of people and groups (docs/decisions.md, "Chinese order"). Names: 姓氏笔画 by default, or
// pinyin — local practice, the setting roster.namePinyinOrder. The keys are columns the database generates
// (Deputy.nameKey: name_stroke_key; RepresentativeGroup.nameKey: natural_sort_key), so every list sorts and
// pages in SQL on an index.
import { Prisma } from "@/lib/generated/prisma/client";
import { getSettings } from "@/lib/settings";

export type NameOrder = "STROKE" | "PINYIN";

/** The township's order of names: 姓氏笔画 unless the office chose pinyin. */
export async function nameOrder(): Promise<NameOrder> {
  return (await getSettings())["roster.namePinyinOrder"] === 1 ? "PINYIN" : "STROKE";
}

type Direction = "asc" | "desc";

/** Deputies in name order through the ORM (Deputy.name is compared with the ICU "zh" collation: pinyin). */
export function deputyNameOrderBy(order: NameOrder, dir: Direction = "asc") {
  return order === "STROKE"
    ? [{ nameKey: dir }, { name: dir }, { id: "asc" as const }]
    : [{ name: dir }, { id: "asc" as const }];
}

/** The same order in SQL, for a deputies table aliased `alias`. */
export function deputyNameOrderSql(order: NameOrder, alias = "d", dir: Direction = "asc"): Prisma.Sql {
  const d = Prisma.raw(`"${alias}"`);
  const sqlDir = dir === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  return order === "STROKE"
    ? Prisma.sql`${d}."nameKey" ${sqlDir}, ${d}."name" ${sqlDir}`
    : Prisma.sql`${d}."name" ${sqlDir}`;
}

/** The roster's sort field as a column: by name the township's name order, 选区 by its natural-order key. */
export function deputySortOrderBy(sort: string, order: NameOrder, dir: Direction) {
  if (sort === "name") return deputyNameOrderBy(order, dir);
  return [{ [sort === "constituency" ? "constituencyKey" : sort]: dir }, { id: "asc" as const }];
}

/** 选区 in natural order (第二选区 before 第十选区), by their generated key. */
export const constituencyOrderBy = [{ nameKey: "asc" as const }, { name: "asc" as const }, { id: "asc" as const }];

/** Groups in natural order: 第二代表小组 before 第三, 第十 after 第九. */
export const groupOrderBy = [{ nameKey: "asc" as const }, { name: "asc" as const }];

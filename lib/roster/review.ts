// 待核对: deputies whose 民族, 政治面貌 or 文化程度 is not in its national list (kept from older free text; see
// lib/roster/dictionaries.ts), or whose 选区 is no record of the term (blank or unmatched older text). The same filter for the ORM (the export) and the roster's SQL.
import { Prisma } from "@/lib/generated/prisma/client";
import { dictionaryNames } from "@/lib/roster/dictionaries";

export const reviewWhere = (): Prisma.DeputyWhereInput => ({
  OR: [
    { ethnicity: { notIn: dictionaryNames("ethnicity") } },
    { party: { notIn: dictionaryNames("party") } },
    { education: { notIn: dictionaryNames("education") } },
    { constituencyId: null },
  ],
});

export const reviewSql = (): Prisma.Sql =>
  Prisma.sql`(d."ethnicity" <> ALL(${dictionaryNames("ethnicity")}::text[])
    OR d."party" <> ALL(${dictionaryNames("party")}::text[]) OR d."education" <> ALL(${dictionaryNames("education")}::text[]) OR d."constituencyId" IS NULL)`;

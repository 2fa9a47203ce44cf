// The archive's categories (分类归档): every model that keeps a record's files, each read by one fixed SQL query
// of the year's files of a township — the files' metadata and the record they belong to, the size and SHA-256
// from the one store (StoredFile). No query takes a table or a column from input.
//
// Which year a file belongs to is the year of its record: a session by its first day, a supervision activity
// and its rectification reports by the activity's year, a suggestion by its year, a petition by the day received,
// a group activity by the day held, a duty entry by the day it happened, a registered document by its register year.
import { Prisma } from "@/lib/generated/prisma/client";

export const ARCHIVE_CATEGORIES = [
  "SESSION_DOCUMENTS",
  "SUPERVISION_DOCUMENTS",
  "RECTIFICATION_ATTACHMENTS",
  "SUGGESTION_ATTACHMENTS",
  "PETITION_ATTACHMENTS",
  "GROUP_ACTIVITY_PHOTOS",
  "DUTY_PHOTOS",
  "REGISTERED_DOCUMENTS",
] as const;
export type ArchiveCategory = (typeof ARCHIVE_CATEGORIES)[number];

/** The category's name, also its folder in the .zip (numbered, so the folders sort as listed). */
export const ARCHIVE_CATEGORY_LABELS: Record<ArchiveCategory, string> = {
  SESSION_DOCUMENTS: "人代会文件",
  SUPERVISION_DOCUMENTS: "监督活动文件",
  RECTIFICATION_ATTACHMENTS: "整改报告附件",
  SUGGESTION_ATTACHMENTS: "代表建议附件",
  PETITION_ATTACHMENTS: "信访件附件",
  GROUP_ACTIVITY_PHOTOS: "代表小组活动照片",
  DUTY_PHOTOS: "代表履职登记照片",
  REGISTERED_DOCUMENTS: "收发文",
};

export const categoryFolder = (c: ArchiveCategory) =>
  `${String(ARCHIVE_CATEGORIES.indexOf(c) + 1).padStart(2, "0")} ${ARCHIVE_CATEGORY_LABELS[c]}`;

/** One file of the archive as every category's query returns it. */
export interface ArchiveFileRow {
  category: ArchiveCategory;
  id: string;
  recordId: string;
  record: string;
  filename: string;
  mimeType: string;
  size: number;
  sha256: string;
  storageKey: string;
  /** The day the file was kept (uploaded), YYYY-MM-DD in China. */
  date: string;
}

const day = (col: string) => `to_char(${col} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')`;
const yearOf = (col: string) => `extract(year from ${col})::int`;

/** Per category: FROM … JOIN …, the record's label, the file's alias and the year expression. */
const SOURCES: Record<ArchiveCategory, { from: string; record: string; year: string }> = {
  SESSION_DOCUMENTS: {
    from: `"SessionDocument" f JOIN "CongressSession" r ON r."id" = f."sessionId"`,
    record: `'第' || r."number" || '次会议 ' || f."title"`,
    year: yearOf(`r."startDate"`),
  },
  SUPERVISION_DOCUMENTS: {
    from: `"SupervisionDocument" f JOIN "SupervisionActivity" r ON r."id" = f."activityId"`,
    record: `r."title"`,
    year: `r."year"`,
  },
  RECTIFICATION_ATTACHMENTS: {
    from: `"RectificationAttachment" f JOIN "RectificationReport" rp ON rp."id" = f."reportId"
      JOIN "RectificationTask" r ON r."id" = rp."taskId" JOIN "SupervisionActivity" a ON a."id" = r."activityId"`,
    record: `coalesce(r."number" || ' ', '') || a."title" || ' 整改报告（' || to_char(rp."submittedOn", 'YYYY-MM-DD') || '）'`,
    year: `a."year"`,
  },
  SUGGESTION_ATTACHMENTS: {
    from: `"SuggestionAttachment" f JOIN "Suggestion" r ON r."id" = f."suggestionId"`,
    record: `coalesce(r."number" || ' ', '') || r."title"`,
    year: `r."year"`,
  },
  PETITION_ATTACHMENTS: {
    from: `"PetitionAttachment" f JOIN "Petition" r ON r."id" = f."petitionId"`,
    record: `coalesce(r."number", '信访件') || '（' || to_char(r."receivedOn", 'YYYY-MM-DD') || '）'`,
    year: yearOf(`r."receivedOn"`),
  },
  GROUP_ACTIVITY_PHOTOS: {
    from: `"GroupActivityPhoto" f JOIN "GroupActivity" r ON r."id" = f."activityId"`,
    record: `r."topic" || '（' || to_char(r."heldOn", 'YYYY-MM-DD') || '）'`,
    year: yearOf(`r."heldOn"`),
  },
  DUTY_PHOTOS: {
    from: `"DeputyDutyPhoto" f JOIN "DeputyDuty" r ON r."id" = f."dutyId" JOIN "Deputy" d ON d."id" = r."deputyId"`,
    record: `d."name" || ' 履职登记（' || to_char(r."occurredOn", 'YYYY-MM-DD') || '）'`,
    year: yearOf(`r."occurredOn"`),
  },
  REGISTERED_DOCUMENTS: {
    from: `"DocumentRecord" f`,
    record: `CASE f."direction" WHEN 'INCOMING' THEN '收' ELSE '发' END || '〔' || f."year" || '〕' || f."serial" || '号 ' || f."title"`,
    year: `f."year"`,
  },
};

/** The year's files of one category in the township (the one query of that category), or one file by its id. */
export function categoryQuery(
  category: ArchiveCategory,
  townshipId: string,
  which: { year: number } | { id: string },
): Prisma.Sql {
  const s = SOURCES[category];
  const filter =
    "year" in which ? Prisma.sql`${Prisma.raw(s.year)} = ${which.year}` : Prisma.sql`f."id" = ${which.id}::uuid`;
  const recordId = category === "REGISTERED_DOCUMENTS" ? `f."id"` : `r."id"`;
  return Prisma.sql`SELECT ${category}::text AS category, f."id"::text AS id, ${Prisma.raw(recordId)}::text AS "recordId",
      ${Prisma.raw(s.record)} AS record, f."filename", f."mimeType", sf."size", sf."sha256", f."storageKey",
      ${Prisma.raw(day(`f."createdAt"`))} AS date, f."createdAt" AS "keptAt"
    FROM ${Prisma.raw(s.from)} JOIN "StoredFile" sf ON sf."key" = f."storageKey"
    WHERE f."townshipId" = ${townshipId}::uuid AND ${filter}`;
}

// The records a registered document concerns (DocumentRecordLink: module + record id): whether one exists in
// the township, and how it is named in the register. One fixed query per module, the table and its label never
// taken from input.
import { Prisma } from "@/lib/generated/prisma/client";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import type { ScopedDb, ScopedTx } from "@/lib/db/township-scope";

/** The table of each module's records and the label a register shows for one (no personal data). */
const RECORD_SOURCES: Partial<Record<WorkPlanModule, { table: string; label: string }>> = {
  SESSION: {
    table: "CongressSession",
    label: `'第' || t."number" || '次会议（' || to_char(t."startDate", 'YYYY-MM-DD') || '）'`,
  },
  PRESIDIUM_MEETING: {
    table: "PresidiumMeeting",
    label: `'主席团第' || t."number" || '次会议（' || to_char(t."date", 'YYYY-MM-DD') || '）'`,
  },
  SUPERVISION: { table: "SupervisionActivity", label: `t."title"` },
  SUGGESTION: { table: "Suggestion", label: `coalesce(t."number" || ' ', '') || t."title"` },
  PETITION: {
    table: "Petition",
    label: `coalesce(t."number", '信访件') || '（' || to_char(t."receivedOn", 'YYYY-MM-DD') || '）'`,
  },
  RECEPTION: { table: "ReceptionDay", label: `'接待选民日（' || to_char(t."date", 'YYYY-MM-DD') || '）'` },
  TRAINING: { table: "TrainingSession", label: `t."title"` },
  GROUP_ACTIVITY: { table: "GroupActivity", label: `t."topic" || '（' || to_char(t."heldOn", 'YYYY-MM-DD') || '）'` },
  DUTY: { table: "DeputyDuty", label: `'履职登记（' || to_char(t."occurredOn", 'YYYY-MM-DD') || '）'` },
  PUBLICITY: { table: "PublicityItem", label: `t."title"` },
};

export const isLinkable = (module: WorkPlanModule) => !!RECORD_SOURCES[module];

/** The labels of the given records of one module in the township (id → label); missing ids are absent. */
export async function recordLabels(
  db: ScopedDb | ScopedTx,
  townshipId: string,
  module: WorkPlanModule,
  ids: string[],
): Promise<Map<string, string>> {
  const source = RECORD_SOURCES[module];
  if (!source || ids.length === 0) return new Map();
  const rows = await db.$queryRaw<{ id: string; label: string }[]>(
    Prisma.sql`SELECT t."id"::text AS id, ${Prisma.raw(source.label)} AS label FROM ${Prisma.raw(`"${source.table}"`)} t
      WHERE t."townshipId" = ${townshipId}::uuid AND t."id" = ANY(${ids}::uuid[])`,
  );
  return new Map(rows.map((r) => [r.id, r.label]));
}

/** Labels of mixed links, each with its module; a link whose record is gone reads "（记录已删除）". */
export async function linkLabels<L extends { module: WorkPlanModule; recordId: string }>(
  db: ScopedDb | ScopedTx,
  townshipId: string,
  links: L[],
): Promise<(L & { label: string })[]> {
  const modules = [...new Set(links.map((l) => l.module))];
  const maps = new Map(
    await Promise.all(
      modules.map(
        async (m) =>
          [
            m,
            await recordLabels(
              db,
              townshipId,
              m,
              links.filter((l) => l.module === m).map((l) => l.recordId),
            ),
          ] as const,
      ),
    ),
  );
  return links.map((l) => ({ ...l, label: maps.get(l.module)?.get(l.recordId) ?? "（记录已删除）" }));
}

/**
 * Records of one module a document may be linked to, for the link form's picker: the label matching `q` (if
 * given), the newest first, at most `limit`.
 */
export async function pickableRecords(
  db: ScopedDb | ScopedTx,
  townshipId: string,
  module: WorkPlanModule,
  q: string | undefined,
  limit = 30,
): Promise<{ id: string; label: string }[]> {
  const source = RECORD_SOURCES[module];
  if (!source) return [];
  const label = Prisma.raw(source.label);
  return db.$queryRaw<{ id: string; label: string }[]>(
    Prisma.sql`SELECT t."id"::text AS id, ${label} AS label FROM ${Prisma.raw(`"${source.table}"`)} t
      WHERE t."townshipId" = ${townshipId}::uuid
        ${q ? Prisma.sql`AND strpos(${label}, ${q}) > 0` : Prisma.empty}
      ORDER BY t."createdAt" DESC, t."id" LIMIT ${limit}`,
  );
}

// The pages' loaders: the deputy's record (/deputies/[id]/record?year=), the deputy's own (/my-record) and the
// 履职公示 (/duty-records?year=).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { RecordYearQuery } from "@/lib/deputy-record/schema";
import { deputyRecord } from "@/lib/deputy-record/record";
import { publicationView } from "@/lib/deputy-record/publication";
import { db } from "@/lib/db";
import { deputyRecordFacts } from "@/lib/roster/public";
import { canViewDeputyRecord } from "@/lib/deputy-record/policy";

type SearchParams = Record<string, string | string[] | undefined>;

export async function recordPageView(actor: Actor, id: string, sp: SearchParams) {
  const { year } = parseSearchParams(RecordYearQuery, sp);
  const record = await deputyRecord(actor, id, year);
  return { record, docxHref: `/api/v1/deputies/${id}/record/docx?year=${year}` };
}

/** The signed-in deputy's own record's address; an account linked to no deputy has none. */
export function ownRecordHref(actor: Actor, sp: SearchParams): string | null {
  if (!actor.deputyId) return null;
  const { year } = parseSearchParams(RecordYearQuery, sp);
  return `/deputies/${actor.deputyId}/record?year=${year}`;
}

export async function publicationPageView(actor: Actor, sp: SearchParams) {
  const { year } = parseSearchParams(RecordYearQuery, sp);
  const view = await publicationView(actor, year);
  return { ...view, mayPublish: can(actor, "deputy_record.publish") };
}

/** The record's address for the deputy's page, when the actor may read it (else null: no link). */
export async function recordLinkFor(actor: Actor, deputyId: string): Promise<string | null> {
  if (!can(actor, "deputy_record.view")) return null;
  const facts = await deputyRecordFacts(db, actor.townshipId, deputyId);
  return facts && canViewDeputyRecord(actor, { ...facts, townshipId: actor.townshipId })
    ? `/deputies/${deputyId}/record`
    : null;
}

// Reading petitions as a list: the filters (year, state, channel, category, unit, county-transferred,
// a search box), the sort and the page all in SQL over the township's indexes; what the actor may see
// is `visiblePetitionWhere`. No personal data beyond the petitioners' names is listed.
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { containsText } from "@/lib/db/search";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageWithTotal, skipTake, type ListResult } from "@/lib/http/validation";
import { formatDay, todayInChina } from "@/lib/time/day";
import { db } from "@/lib/db";
import { visiblePetitionWhere } from "@/lib/petitions/access";
import { codedValues } from "@/lib/petitions/labels";
import type { PetitionListQuery } from "@/lib/petitions/schema";

type Filters = Omit<PetitionListQuery, "page" | "pageSize" | "sort">;

/** The list's filter: what the actor may see, narrowed by the query. */
export function petitionListWhere(actor: Actor, q: Partial<Filters>): Prisma.PetitionWhereInput {
  const and: Prisma.PetitionWhereInput[] = [visiblePetitionWhere(actor)];
  if (q.year)
    and.push({ receivedOn: { gte: new Date(Date.UTC(q.year, 0, 1)), lt: new Date(Date.UTC(q.year + 1, 0, 1)) } });
  if (q.state) and.push({ state: q.state });
  if (q.channel) and.push({ channel: q.channel });
  if (q.category) and.push({ category: q.category });
  if (q.origin === "county") and.push({ channel: "COUNTY_TRANSFER" });
  if (q.origin === "local") and.push({ channel: { not: "COUNTY_TRANSFER" } });
  if (q.unitId) and.push({ assignments: { some: { unitId: q.unitId, active: true } } });
  // The figures' rules (figures-rules.ts tallyPetitions): closed = state CLOSED; resolved = closed with `resolved`.
  if (q.outcome === "resolved") and.push({ state: "CLOSED", resolved: true });
  if (q.outcome === "unresolved") and.push({ state: "CLOSED", OR: [{ resolved: false }, { resolved: null }] });
  if (q.outcome === "open") and.push({ state: { not: "CLOSED" } });
  if (q.leadUnitId) and.push({ assignments: { some: { unitId: q.leadUnitId, active: true, lead: true } } });
  // The on-time rate (figures-rules.ts handlingTally): cases with a due day, closed — on time when on or before
  // it — or past it and not closed. The same rule as there, in SQL; a test compares the two on a fixture.
  if (q.handling === "base")
    and.push({ dueDate: { not: null }, OR: [{ closedOn: { not: null } }, { dueDate: { lt: todayInChina() } }] });
  if (q.handling === "ontime")
    and.push({ dueDate: { not: null }, closedOn: { not: null, lte: db.petition.fields.dueDate } });
  if (q.q) and.push({ OR: [{ subject: containsText(q.q) }, { number: containsText(q.q) }] });
  return { AND: and };
}

const ORDER: Record<PetitionListQuery["sort"], Prisma.PetitionOrderByWithRelationInput[]> = {
  received_desc: [{ receivedOn: "desc" }, { number: "desc" }, { id: "desc" }],
  received_asc: [{ receivedOn: "asc" }, { number: "asc" }, { id: "asc" }],
  number_desc: [{ number: "desc" }, { id: "desc" }],
  number_asc: [{ number: "asc" }, { id: "asc" }],
};

export const summarySelect = {
  id: true,
  number: true,
  channel: true,
  category: true,
  subject: true,
  receivedOn: true,
  state: true,
  collective: true,
  visitorCount: true,
  dueDate: true,
  onBehalfOf: true,
  version: true,
  petitioners: { select: { name: true }, orderBy: { position: "asc" }, take: 3 },
  _count: { select: { petitioners: true } },
  assignments: { where: { active: true }, select: { lead: true, unit: { select: { id: true, name: true } } } },
} satisfies Prisma.PetitionSelect;
type Summary = Prisma.PetitionGetPayload<{ select: typeof summarySelect }>;

/** "张三、李四等5人" — names only: never a phone, ID number or address in a list. */
export function petitionerNames(names: string[], count: number): string {
  const shown = names.join("、");
  return count > names.length ? `${shown}等${count}人` : shown;
}

export function presentSummary(p: Summary) {
  return {
    id: p.id,
    number: p.number,
    ...codedValues(p),
    subject: p.subject,
    receivedOn: formatDay(p.receivedOn),
    collective: p.collective,
    visitorCount: p.visitorCount,
    petitioners: petitionerNames(
      p.petitioners.map((x) => x.name),
      p._count.petitioners,
    ),
    units: p.assignments.map((a) => ({ id: a.unit.id, name: a.unit.name, lead: a.lead })),
    due: p.dueDate ? formatDay(p.dueDate) : null,
    onBehalf: !!p.onBehalfOf,
    version: p.version,
  };
}
export type PetitionSummary = ReturnType<typeof presentSummary>;

/** One page of the petitions the actor may see. */
export async function listPetitions(actor: Actor, q: PetitionListQuery): Promise<ListResult<PetitionSummary>> {
  assertCan(actor, "petition.list");
  const sdb = scopedDb(actor.townshipId);
  const where = petitionListWhere(actor, q);
  const { rows, total } = await pageWithTotal(
    q,
    () => sdb.petition.findMany({ where, select: summarySelect, orderBy: ORDER[q.sort], ...skipTake(q) }),
    () => sdb.petition.count({ where }),
  );
  return { items: rows.map(presentSummary), total, page: q.page, pageSize: q.pageSize };
}

/** The count behind a filtered list (landing cards). */
export async function countPetitions(actor: Actor, q: Partial<Filters>): Promise<number> {
  if (!can(actor, "petition.list")) return 0;
  return scopedDb(actor.townshipId).petition.count({ where: petitionListWhere(actor, q) });
}

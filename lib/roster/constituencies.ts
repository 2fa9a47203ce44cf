// 选区: the electoral districts of a term, as records the office keeps (not free text). A deputy points at
// one of their own term's (Deputy.constituencyId) and carries its name (Deputy.constituency), which this
// module keeps in step on a rename. Listed in natural order (第二选区 before 第十选区).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { currentTermOrThrow } from "@/lib/roster/terms";
import { constituencyOrderBy } from "@/lib/roster/name-order";
import { numeralsAsDigits } from "@/lib/text/numerals";
import type { ConstituencyCreateInput, ConstituencyUpdateInput } from "@/lib/roster/schema";

const duplicate = (name: string) =>
  conflict(`本届已有名为“${name}”的选区`, { name: `选区名称：本届已有名为“${name}”的选区` });

/** The term asked for (of the actor's township: another township's is not found) or the current one. */
async function termOf(sdb: ScopedDb | ScopedTx, termId?: string) {
  if (!termId) return currentTermOrThrow(sdb);
  const term = await sdb.term.findUnique({ where: { id: termId } });
  if (!term) throw notFound("届次不存在");
  return term;
}

/** A term's 选区 with the number of its deputies (all statuses) and of those sitting. */
export async function listConstituencies(actor: Actor, termId?: string) {
  const sdb = scopedDb(actor.townshipId);
  const term = await termOf(sdb, termId);
  const rows = await sdb.constituency.findMany({
    where: { termId: term.id },
    orderBy: constituencyOrderBy,
    include: { _count: { select: { deputies: true } } },
  });
  const sitting = await sdb.deputy.groupBy({
    by: ["constituencyId"],
    where: { termId: term.id, status: "SITTING", constituencyId: { not: null } },
    _count: { _all: true },
  });
  const sittingOf = new Map(sitting.map((s) => [s.constituencyId, s._count._all]));
  return {
    term: { id: term.id, number: term.number },
    items: rows.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      voterCount: c.voterCount,
      version: c.version,
      deputies: c._count.deputies,
      sitting: sittingOf.get(c.id) ?? 0,
    })),
  };
}

/** The names of a term's 选区 in natural order (the roster's filter and the deputy form's choices). */
export async function constituencyNames(sdb: ScopedDb | ScopedTx, termId: string): Promise<string[]> {
  const rows = await sdb.constituency.findMany({ where: { termId }, orderBy: constituencyOrderBy });
  return rows.map((c) => c.name);
}

/**
 * Name → id of a term's 选区 (spaces ignored, as the migration read older text). A name that is not written
 * exactly as the record's still finds it when only its numbers are written differently (第1选区 = 第一选区 =
 * 第１选区), unless two records of the term read the same that way (then only the exact name matches).
 */
export async function constituencyLookup(sdb: ScopedDb | ScopedTx, termId: string) {
  const rows = await sdb.constituency.findMany({ where: { termId }, select: { id: true, name: true } });
  const byName = new Map(rows.map((c) => [plainName(c.name), c]));
  const byNumber = new Map<string, (typeof rows)[number] | null>();
  for (const c of rows) {
    const key = numeralsAsDigits(plainName(c.name));
    byNumber.set(key, byNumber.has(key) ? null : c);
  }
  return (name: string) => byName.get(plainName(name)) ?? byNumber.get(numeralsAsDigits(plainName(name))) ?? null;
}

const plainName = (name: string) => name.replace(/[\s\u3000]/g, "");

/** The record a deputy's 选区 names, in the deputy's term; a name the term does not have is refused (400). */
export async function resolveConstituency(tx: ScopedTx, termId: string, name: string) {
  const found = (await constituencyLookup(tx, termId))(name);
  if (!found) throw validation({ constituency: `选区：本届没有名为“${name}”的选区，请从列表中选择或先在“选区”中添加` });
  return { constituencyId: found.id, constituency: found.name };
}

export async function createConstituency(actor: Actor, input: ConstituencyCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const { termId, ...fields } = input;
    const term = await termOf(tx, termId);
    if (await tx.constituency.findFirst({ where: { termId: term.id, name: fields.name } }))
      throw duplicate(fields.name);
    const created = await tx.constituency.create({
      data: { ...fields, townshipId: actor.townshipId, termId: term.id },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "constituency.created",
      recordType: "Constituency",
      recordId: created.id,
      after: created,
    });
    return created;
  });
}

/** Rename or describe a 选区; its deputies' 选区 name follows a rename in the same transaction. */
export async function updateConstituency(actor: Actor, id: string, input: ConstituencyUpdateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.constituency.findUnique({ where: { id } });
    if (!before) throw notFound("选区不存在");
    if (before.version !== input.version) throw conflict("该选区已被他人修改，请刷新后重试");
    const { version, ...fields } = input;
    if (
      fields.name !== before.name &&
      (await tx.constituency.findFirst({ where: { termId: before.termId, name: fields.name, id: { not: id } } }))
    )
      throw duplicate(fields.name);
    const after = await tx.constituency.update({
      where: { id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    const renamed =
      fields.name !== before.name
        ? (
            await tx.deputy.updateMany({
              where: { constituencyId: id },
              data: { constituency: fields.name, version: { increment: 1 } },
            })
          ).count
        : 0;
    await recordAudit(tx, subjectOf(actor), {
      action: "constituency.updated",
      recordType: "Constituency",
      recordId: id,
      before,
      after: { ...after, deputiesRenamed: renamed },
    });
    return after;
  });
}

/** Only a 选区 no deputy (of any status) belongs to may be deleted. */
export async function deleteConstituency(actor: Actor, id: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.constituency.findUnique({ where: { id } });
    if (!before) throw notFound("选区不存在");
    const used = await tx.deputy.count({ where: { constituencyId: id } });
    if (used) throw conflict(`“${before.name}”下有 ${used} 名代表（含已离任的），不能删除；请先为这些代表选择其他选区`);
    await tx.constituency.delete({ where: { id } });
    await recordAudit(tx, subjectOf(actor), {
      action: "constituency.deleted",
      recordType: "Constituency",
      recordId: id,
      before,
    });
  });
}

/** A new term starts with the previous term's 选区 (same names, to be edited); copied deputies keep theirs by name. */
export async function copyConstituencies(tx: ScopedTx, townshipId: string, fromTermId: string, toTermId: string) {
  const rows = await tx.constituency.findMany({ where: { termId: fromTermId }, orderBy: constituencyOrderBy });
  await tx.constituency.createMany({
    data: rows.map((c) => ({
      townshipId,
      termId: toTermId,
      name: c.name,
      description: c.description,
      voterCount: c.voterCount,
    })),
  });
  return constituencyLookup(tx, toTermId);
}

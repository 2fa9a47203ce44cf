import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { AppError, conflict } from "@/lib/http/errors";
import { defaultTermEnd } from "@/lib/roster/rules";
import { formatDay, parseDay } from "@/lib/time/day";
import type { TermCreateInput } from "@/lib/roster/schema";
import { copyConstituencies } from "@/lib/roster/constituencies";

export async function currentTerm(sdb: ScopedDb | ScopedTx) {
  return sdb.term.findFirst({ where: { isCurrent: true } });
}

export async function currentTermOrThrow(sdb: ScopedDb | ScopedTx) {
  const term = await currentTerm(sdb);
  if (!term) throw new AppError("CONFLICT", "尚未设置本届（届次），请先在“届次”中新建");
  return term;
}

export async function listTerms(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const terms = await sdb.term.findMany({
    orderBy: { number: "desc" },
    include: { _count: { select: { deputies: true } } },
  });
  return terms.map((t) => ({
    id: t.id,
    number: t.number,
    startDate: formatDay(t.startDate),
    endDate: formatDay(t.endDate),
    isCurrent: t.isCurrent,
    deputies: t._count.deputies,
  }));
}

/**
 * A new term becomes the current one (exactly one per township). It starts with an empty roster,
 * or with copies of the re-elected deputies chosen from the previous term.
 */
export async function createTerm(actor: Actor, input: TermCreateInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    if (await tx.term.findFirst({ where: { number: input.number } }))
      throw conflict(`第${input.number}届已存在`, { number: "届次：已存在" });
    const previous = await currentTerm(tx);
    const startDate = parseDay(input.startDate);
    const endDate = input.endDate ? parseDay(input.endDate) : defaultTermEnd(startDate);
    if (previous) await tx.term.update({ where: { id: previous.id }, data: { isCurrent: false } });
    const term = await tx.term.create({
      data: { townshipId: actor.townshipId, number: input.number, startDate, endDate, isCurrent: true },
    });
    let copied = 0;
    const districtOf = previous ? await copyConstituencies(tx, actor.townshipId, previous.id, term.id) : () => null;
    if (input.copyDeputyIds.length) {
      const sources = await tx.deputy.findMany({
        where: { id: { in: input.copyDeputyIds }, termId: previous?.id ?? "", status: "SITTING" },
      });
      if (sources.length !== new Set(input.copyDeputyIds).size)
        throw new AppError("VALIDATION", "连任代表须是上一届在任代表", {
          copyDeputyIds: "连任代表：须是上一届在任代表",
        });
      for (const s of sources) {
        const copy = await tx.deputy.create({
          data: {
            townshipId: actor.townshipId,
            termId: term.id,
            name: s.name,
            gender: s.gender,
            birthDate: s.birthDate,
            ethnicity: s.ethnicity,
            party: s.party,
            education: s.education,
            occupation: s.occupation,
            workUnit: s.workUnit,
            phone: s.phone,
            address: s.address,
            idNumber: s.idNumber,
            constituency: s.constituency,
            constituencyId: districtOf(s.constituency)?.id ?? null,
            levels: s.levels,
            groupId: s.groupId,
            startDate,
          },
        });
        await tx.deputyStatusChange.create({
          data: {
            townshipId: actor.townshipId,
            deputyId: copy.id,
            status: "SITTING",
            effectiveDate: startDate,
            reason: "连任",
            createdById: actor.userId,
          },
        });
        copied++;
      }
    }
    await recordAudit(tx, subjectOf(actor), {
      action: "term.created",
      recordType: "Term",
      recordId: term.id,
      before: previous ? { currentTerm: previous.number } : null,
      after: { ...term, copiedDeputies: copied },
    });
    return {
      id: term.id,
      number: term.number,
      startDate: formatDay(startDate),
      endDate: formatDay(endDate),
      isCurrent: true,
      deputies: copied,
    };
  });
}

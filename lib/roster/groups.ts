import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound, validation } from "@/lib/http/errors";
import { meetsStandard, STANDARD_ITEMS, standardFor } from "@/lib/roster/rules";
import { formatDay, parseDay } from "@/lib/time/day";
import type { GroupCheckInput, GroupInput } from "@/lib/roster/schema";
import { currentTerm } from "@/lib/roster/terms";
import { deputyNameOrderBy, groupOrderBy, nameOrder } from "@/lib/roster/name-order";

/** Groups with leader, sitting members of the current term and their latest standards check. */
export async function listGroups(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const term = await currentTerm(sdb);
  const names = await nameOrder();
  const groups = await sdb.representativeGroup.findMany({
    orderBy: groupOrderBy,
    include: {
      leader: { select: { id: true, name: true } },
      members: {
        where: { termId: term?.id ?? "", status: "SITTING" },
        select: { id: true, name: true },
        orderBy: deputyNameOrderBy(names),
      },
      standardChecks: { orderBy: [{ checkedOn: "desc" }, { createdAt: "desc" }], take: 1 },
    },
  });
  return groups.map((g) => {
    const last = g.standardChecks[0];
    const standard = standardFor(g.kind);
    return {
      id: g.id,
      name: g.name,
      kind: g.kind,
      venue: g.venue,
      leader: g.leader,
      liaisonName: g.liaisonName,
      liaisonPhone: actor.role === "DEPUTY" ? null : g.liaisonPhone,
      version: g.version,
      members: g.members,
      standard: standard.name,
      standardItems: standard.items,
      lastCheck: last
        ? {
            checkedOn: formatDay(last.checkedOn),
            items: last.items,
            note: last.note,
            passed: meetsStandard(g.kind, last.items),
          }
        : null,
    };
  });
}

async function assertDeputiesOfCurrentTerm(tx: ScopedTx, ids: string[], field: string) {
  if (!ids.length) return;
  const term = await currentTerm(tx);
  const found = await tx.deputy.count({ where: { id: { in: ids }, termId: term?.id ?? "", status: "SITTING" } });
  if (found !== new Set(ids).size)
    throw validation({ [field]: `${field === "leaderId" ? "组长" : "成员"}：须是本届在任代表` });
}

export async function createGroup(actor: Actor, input: GroupInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    if (await tx.representativeGroup.findFirst({ where: { name: input.name } }))
      throw conflict("已有同名代表小组", { name: "名称：已有同名代表小组" });
    await assertDeputiesOfCurrentTerm(tx, input.leaderId ? [input.leaderId] : [], "leaderId");
    await assertDeputiesOfCurrentTerm(tx, input.memberIds ?? [], "memberIds");
    const { memberIds, ...fields } = input;
    const group = await tx.representativeGroup.create({ data: { ...fields, townshipId: actor.townshipId } });
    if (memberIds?.length)
      await tx.deputy.updateMany({ where: { id: { in: memberIds } }, data: { groupId: group.id } });
    await recordAudit(tx, subjectOf(actor), {
      action: "group.created",
      recordType: "RepresentativeGroup",
      recordId: group.id,
      after: { ...group, memberIds },
    });
    return group;
  });
}

export async function updateGroup(actor: Actor, id: string, input: GroupInput & { version: number }) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.representativeGroup.findUnique({
      where: { id },
      include: { members: { select: { id: true } } },
    });
    if (!before) throw notFound("代表小组不存在");
    if (before.version !== input.version) throw conflict("该代表小组已被他人修改，请刷新后重试");
    if (input.name !== before.name && (await tx.representativeGroup.findFirst({ where: { name: input.name } })))
      throw conflict("已有同名代表小组", { name: "名称：已有同名代表小组" });
    await assertDeputiesOfCurrentTerm(tx, input.leaderId ? [input.leaderId] : [], "leaderId");
    const { memberIds, version, ...fields } = input;
    if (memberIds) {
      await assertDeputiesOfCurrentTerm(tx, memberIds, "memberIds");
      await tx.deputy.updateMany({ where: { groupId: id, id: { notIn: memberIds } }, data: { groupId: null } });
      await tx.deputy.updateMany({ where: { id: { in: memberIds } }, data: { groupId: id } });
    }
    const after = await tx.representativeGroup.update({
      where: { id, version },
      data: { ...fields, version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "group.updated",
      recordType: "RepresentativeGroup",
      recordId: id,
      before: { ...before, members: undefined, memberIds: before.members.map((m) => m.id) },
      after: { ...after, memberIds },
    });
    return after;
  });
}

/** A dated 三有/五有 check; the items must belong to the group's standard. */
export async function recordGroupCheck(actor: Actor, groupId: string, input: GroupCheckInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const group = await tx.representativeGroup.findUnique({ where: { id: groupId } });
    if (!group) throw notFound("代表小组不存在");
    const allowed = standardFor(group.kind).items as string[];
    const stray = input.items.filter((i) => !allowed.includes(i));
    if (stray.length)
      throw validation({
        items: `达标项目：${standardFor(group.kind).name}标准不含 ${stray.map((i) => STANDARD_ITEMS[i]).join("、")}`,
      });
    const check = await tx.groupStandardCheck.create({
      data: {
        townshipId: actor.townshipId,
        groupId,
        checkedOn: parseDay(input.checkedOn),
        items: [...new Set(input.items)],
        note: input.note,
        createdById: actor.userId,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "group.checked",
      recordType: "RepresentativeGroup",
      recordId: groupId,
      after: check,
    });
    return {
      id: check.id,
      checkedOn: formatDay(check.checkedOn),
      items: check.items,
      note: check.note,
      passed: meetsStandard(group.kind, check.items),
    };
  });
}

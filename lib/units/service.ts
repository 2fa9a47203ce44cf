import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/http/errors";
import { skipTake, type ListResult } from "@/lib/http/validation";
import type { HandlingUnit, Prisma } from "@/lib/generated/prisma/client";
import type { UnitCreateInput, UnitListQuery, UnitUpdateInput } from "@/lib/units/schema";
import { containsText } from "@/lib/db/search";

export async function listUnits(actor: Actor, q: UnitListQuery): Promise<ListResult<HandlingUnit>> {
  const sdb = scopedDb(actor.townshipId);
  const where: Prisma.HandlingUnitWhereInput = {
    ...(q.active ? { active: q.active === "true" } : {}),
    ...(q.q ? { name: containsText(q.q) } : {}),
  };
  const [items, total] = await Promise.all([
    sdb.handlingUnit.findMany({ where, orderBy: { name: "asc" }, ...skipTake(q) }),
    sdb.handlingUnit.count({ where }),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** A unit user sees only their own unit; others of the township see all. */
export async function getUnitOrThrow(actor: Actor, id: string): Promise<HandlingUnit> {
  const unit = await scopedDb(actor.townshipId).handlingUnit.findUnique({ where: { id } });
  if (!unit) throw notFound("承办单位不存在");
  assertCan(actor, "unit.view", { townshipId: unit.townshipId, unitId: unit.id }, "NOT_FOUND");
  return unit;
}

export async function createUnit(actor: Actor, input: UnitCreateInput): Promise<HandlingUnit> {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    if (await tx.handlingUnit.findFirst({ where: { name: input.name } }))
      throw conflict("已有同名承办单位", { name: "单位名称：已有同名承办单位" });
    const unit = await tx.handlingUnit.create({
      data: {
        townshipId: actor.townshipId,
        name: input.name,
        kind: input.kind,
        contactName: input.contactName || null,
        contactPhone: input.contactPhone || null,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "unit.created",
      recordType: "HandlingUnit",
      recordId: unit.id,
      after: unit,
    });
    return unit;
  });
}

export async function updateUnit(actor: Actor, id: string, input: UnitUpdateInput): Promise<HandlingUnit> {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.handlingUnit.findUnique({ where: { id } });
    if (!before) throw notFound("承办单位不存在");
    if (before.version !== input.version) throw conflict("该单位已被他人修改，请刷新后重试");
    if (input.name && input.name !== before.name && (await tx.handlingUnit.findFirst({ where: { name: input.name } })))
      throw conflict("已有同名承办单位", { name: "单位名称：已有同名承办单位" });
    const { version, ...changes } = input;
    const after = await tx.handlingUnit.update({
      where: { id, version },
      data: { ...changes, version: { increment: 1 } },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "unit.updated",
      recordType: "HandlingUnit",
      recordId: id,
      before,
      after,
    });
    return after;
  });
}

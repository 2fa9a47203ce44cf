import { mayStillReturn } from "@/lib/handling/assignment";
import { validation } from "@/lib/http/errors";
import { formatDay } from "@/lib/time/day";
import { defineStep, mayEnterOnBehalf, may, type PetitionStepRecord } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";
import type { Actor } from "@/lib/auth/actor";

const unitOwn = (actor: Actor, r: PetitionStepRecord) => may(actor, r, "petition.unit_handle") && !!r.mine;
const keyedForLead = (actor: Actor, r: PetitionStepRecord) =>
  !unitOwn(actor, r) && mayEnterOnBehalf(actor, r) && r.assignments.some((a) => a.lead);
/** The assignment the objection is about: the unit's own, or (代录) the lead unit's. */
const target = (actor: Actor, r: PetitionStepRecord) =>
  unitOwn(actor, r) ? r.mine : r.assignments.find((a) => a.lead);

const late = (returnBy: Date | null) =>
  `已超过提出异议的期限${returnBy ? `（${formatDay(returnBy)}）` : ""}：收到后 5 个工作日内提出（第二十三条第三款），请与人大办联系`;

/**
 * 退回 (Art. 23 para 3): a unit that received a case outside its remit "应当自收到之日起5个工作日内提出异议，
 * 并详细说明理由". The lead unit's objection returns the case to 已批办 for another 转办; a co-unit's ends
 * only its own part. The office keys a unit's paper objection in (代录) with its date, within the window.
 */
export const objectStep = defineStep({
  name: "object",
  label: (actor, r) => (unitOwn(actor, r) ? "提出异议（退回）" : "代录单位异议"),
  audit: "petition.objected",
  who: (actor, r) => unitOwn(actor, r) || keyedForLead(actor, r),
  onBehalf: keyedForLead,
  when: (r, actor, today) => {
    const a = target(actor, r);
    if (!a) return "没有可以提出异议的转办";
    return unitOwn(actor, r) && !mayStillReturn(a.returnBy, today) ? late(a.returnBy) : true;
  },
  run: async (tx, ctx, input) => {
    const a = target(ctx.actor, ctx.r)!;
    const day = entryDay(ctx, input.occurredOn, "异议日期", { label: "转办日期", day: a.assignedOn });
    if (!mayStillReturn(a.returnBy, day)) throw validation({ occurredOn: `异议日期：${late(a.returnBy)}` });
    const all = a.lead;
    await tx.petitionAssignment.updateMany({
      where: { petitionId: ctx.p.id, active: true, ...(all ? {} : { unitId: a.unitId }) },
      data: { active: false },
    });
    await tx.petitionAssignment.updateMany({
      where: { petitionId: ctx.p.id, unitId: a.unitId, assignedOn: a.assignedOn },
      data: { returnedOn: day, returnReason: input.note },
    });
    return {
      ...(all ? { to: "APPROVED" as const } : {}),
      event: { note: `${a.unitName}${a.lead ? "（主办）" : "（协办）"}：${input.note}` },
      entry: { day, ...(ctx.onBehalf ? { onBehalfOf: a.unitName } : {}) },
      audit: { unitId: a.unitId, lead: a.lead, reason: input.note },
    };
  },
});

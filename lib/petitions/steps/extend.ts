import { validation } from "@/lib/http/errors";
import { occurredDay } from "@/lib/records/on-behalf";
import { formatDay } from "@/lib/time/day";
import { extensionProblem, handlingDue } from "@/lib/petitions/clock";
import { defineStep, mayEnterOnBehalf, may } from "@/lib/petitions/steps/types";
import { caseName, entryDay, unitNotices } from "@/lib/petitions/steps/shared";

/**
 * 延期 (Art. 34): "情况复杂的，经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日，并告知信访人
 * 延期理由" — once, at most 30 days (a setting), the chair's approval (the office keys the chair's paper
 * approval, 代录), the day the petitioner was told why; the due day moves.
 */
export const extend = defineStep({
  name: "extend",
  label: (actor, r) => (may(actor, r, "petition.approve") ? "批准延期" : "代录延期批准"),
  audit: "petition.extended",
  who: (actor, r) => may(actor, r, "petition.approve") || mayEnterOnBehalf(actor, r),
  onBehalf: (actor, r) => !may(actor, r, "petition.approve") && mayEnterOnBehalf(actor, r),
  run: async (_tx, ctx, input) => {
    const { p, clock } = ctx;
    const problem = extensionProblem(p.extensionDays, input.days, clock);
    if (problem === "TOO_LONG")
      throw validation({ days: `延长天数：延长期限不得超过 ${clock.maxExtensionDays} 日（第三十四条）` });
    if (problem === "NOT_POSITIVE") throw validation({ days: "延长天数：至少 1 天" });
    const day = entryDay(ctx, input.occurredOn, "批准日期", { label: "受理日期", day: p.acceptedOn });
    const told = input.notifiedOn
      ? occurredDay(input.notifiedOn, {
          field: "notifiedOn",
          label: "告知延期日期",
          today: ctx.today,
          after: { label: "批准日期", day },
        })
      : null;
    const due = handlingDue(p.acceptedOn!, input.days, clock);
    return {
      data: {
        extensionDays: input.days,
        extensionReason: input.reason,
        extensionApprovedById: ctx.onBehalf ? null : ctx.actor.userId,
        extensionApprovedOn: day,
        extensionNotifiedOn: told,
        dueDate: due,
      },
      event: { note: `延长 ${input.days} 日至 ${formatDay(due)}：${input.reason}` },
      entry: { day, ...(ctx.onBehalf ? { onBehalfOf: "人大主席" } : {}) },
      audit: { days: input.days, reason: input.reason, dueDate: formatDay(due), notifiedOn: told && formatDay(told) },
      notices: unitNotices(
        ctx,
        ctx.r.assignments.map((a) => a.unitId),
        `${caseName(p)}的办理期限经批准延长 ${input.days} 日，请于 ${formatDay(due)} 前办结并回复`,
      ),
    };
  },
});

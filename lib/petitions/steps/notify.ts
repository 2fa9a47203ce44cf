import { validation } from "@/lib/http/errors";
import { handlingDue, notifiedInTime } from "@/lib/petitions/clock";
import { defineStep, office } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";

/**
 * 告知 (Art. 23 para 1–2): the petitioner is told in writing how the matter is taken up — handled here
 * (受理: the 60-day clock of Art. 34 starts), 转送/交办 to the competent body (with where it went), or told
 * to take it there; a matter already accepted is not accepted again (Art. 19 para 3). "但信访人的姓名（名称）、
 * 住址不清的除外": then the notice is waived with its reason and the outcome is still recorded.
 */
export const notify = defineStep({
  name: "notify",
  label: "告知",
  audit: "petition.notified",
  who: office,
  run: async (_tx, ctx, input) => {
    const day = entryDay(ctx, input.occurredOn, "告知日期");
    const accept = input.intake === "ACCEPT";
    if (input.intake !== "FORWARD" && input.forwardedTo)
      throw validation({ forwardedTo: "转送、交办去向：只有转送、交办时填写" });
    const waived = input.waivedReason ?? null;
    return {
      data: {
        intake: input.intake,
        forwardedTo: input.intake === "FORWARD" ? input.forwardedTo : null,
        notifiedOn: waived ? null : day,
        noticeWaivedReason: waived,
        acceptedOn: accept ? day : null,
        dueDate: accept ? handlingDue(day, null, ctx.clock) : null,
      },
      event: { type: waived ? "notice_waived" : "notified", note: waived ?? input.note ?? null },
      entry: { day },
      audit: {
        intake: input.intake,
        waivedReason: waived,
        inTime: !waived && notifiedInTime(ctx.p.receivedOn, day, ctx.clock),
      },
    };
  },
});

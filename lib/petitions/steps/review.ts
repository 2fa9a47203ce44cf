import { validation } from "@/lib/http/errors";
import { formatDay } from "@/lib/time/day";
import { reviewAnswerDue, reviewRequestDeadline } from "@/lib/petitions/clock";
import { PETITION_REVIEW_LEVEL_LABELS } from "@/lib/petitions/chain-labels";
import { nextReviewLevel, openReview } from "@/lib/petitions/rules";
import { defineStep, office } from "@/lib/petitions/steps/types";
import { entryDay } from "@/lib/petitions/steps/shared";

/**
 * 复查 / 复核 request (Art. 35–36): asked of the body one level up "自收到书面答复之日起30日内" — after the
 * written answer for 复查, after the 复查's answer for 复核; a request later than that is refused.
 */
export const reviewRequest = defineStep({
  name: "review_request",
  label: "登记复查/复核请求",
  audit: "petition.review_requested",
  who: office,
  run: async (tx, ctx, input) => {
    const { p, r } = ctx;
    const level = nextReviewLevel(r) as "REVIEW" | "RE_REVIEW";
    const from =
      level === "REVIEW" ? r.lastAnsweredOn : (r.reviews.find((x) => x.level === "REVIEW")?.answeredOn ?? null);
    const fromLabel = level === "REVIEW" ? "书面答复日期" : "复查意见日期";
    const day = entryDay(ctx, input.occurredOn, "请求日期", { label: fromLabel, day: from });
    const deadline = from ? reviewRequestDeadline(from, ctx.clock) : null;
    if (deadline && day.getTime() > deadline.getTime())
      throw validation({
        occurredOn: `请求日期：已超过${PETITION_REVIEW_LEVEL_LABELS[level]}请求期限（${formatDay(deadline)}，${level === "REVIEW" ? "第三十五条" : "第三十六条"}）`,
      });
    await tx.petitionReview.create({
      data: {
        townshipId: p.townshipId,
        petitionId: p.id,
        level,
        requestedOn: day,
        body: input.body,
        createdById: ctx.actor.userId,
      },
    });
    const answerBy = reviewAnswerDue(day, ctx.clock);
    return {
      event: {
        note: `${PETITION_REVIEW_LEVEL_LABELS[level]}：${input.body}，应于 ${formatDay(answerBy)} 前答复${input.note ? `；${input.note}` : ""}`,
      },
      entry: { day },
      audit: { level, body: input.body, answerBy: formatDay(answerBy) },
    };
  },
});

/** 复查 / 复核 answer (Art. 35–36: within 30 days of the request): recorded with its day; a late one is marked. */
export const reviewAnswer = defineStep({
  name: "review_answer",
  label: "登记复查/复核意见",
  audit: "petition.review_answered",
  who: office,
  run: async (tx, ctx, input) => {
    const open = openReview(ctx.r)!;
    const day = entryDay(ctx, input.occurredOn, "答复日期", { label: "请求日期", day: open.requestedOn });
    await tx.petitionReview.updateMany({
      where: { petitionId: ctx.p.id, level: open.level, answeredOn: null },
      data: { answeredOn: day, result: input.result },
    });
    const due = reviewAnswerDue(open.requestedOn, ctx.clock);
    return {
      event: { note: `${PETITION_REVIEW_LEVEL_LABELS[open.level]}意见：${input.result}`.slice(0, 2000) },
      entry: { day },
      audit: { level: open.level, result: input.result, inTime: day.getTime() <= due.getTime() },
    };
  },
});

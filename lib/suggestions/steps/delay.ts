import { validation } from "@/lib/http/errors";
import { formatDay, parseDay } from "@/lib/time/day";
import { latestDelayDate } from "@/lib/suggestions/rules";
import { defineStep, mayTransition } from "@/lib/suggestions/steps/types";
import { isBeingHandled } from "@/lib/suggestions/steps/shared";

const ONCE = "延办反馈书只能提交一次";

/** 延办反馈书: once, by the lead unit, with a date no later than six months from assignment. */
export const delay = defineStep({
  name: "delay",
  label: "延办反馈书",
  audit: "suggestion.delayed",
  files: true,
  who: (actor, r) => mayTransition(actor, r) && actor.role === "UNIT" && r.relation.unit === "LEAD",
  when: (r) => {
    if (!isBeingHandled(r.state)) return "只有办理中的建议可以申请延期";
    return r.delayed ? ONCE : true;
  },
  fields: { [ONCE]: { date: "延期办结日期：已提交过延办反馈书" } },
  run: async (_tx, { s, settings }, input) => {
    const date = parseDay(input.date);
    const latest = latestDelayDate(s.assignedOn!, settings["suggestions.broadReplyMonths"]);
    if (date > latest) throw validation({ date: `延期办结日期：不能晚于交办之日起六个月（${formatDay(latest)}）` });
    if (s.deadline && date <= s.deadline)
      throw validation({ date: `延期办结日期：应晚于原办理期限（${formatDay(s.deadline)}）` });
    return { data: { delayedTo: date }, event: { date } };
  },
});

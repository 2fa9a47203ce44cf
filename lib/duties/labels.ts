// Chinese labels of the duty register's values (履职登记).
import type { DutyEntryState, DutyKind } from "@/lib/generated/prisma/enums";

export const DUTY_KIND_LABELS: Record<DutyKind, string> = {
  VOTER_CONTACT: "联系选民",
  VOTER_FORUM: "选民座谈会",
  POVERTY_HELP: "帮扶困难户",
  DISPUTE_MEDIATION: "调解纠纷",
  PRACTICAL_THING: "办实事",
  REPORT_TO_VOTERS: "向选民述职",
  HARDSHIP_VISIT: "走访困难代表",
  OTHER: "其他履职",
};

export const DUTY_STATE_LABELS: Record<DutyEntryState, string> = {
  SUBMITTED: "待核实",
  VERIFIED: "已核实",
  RETURNED: "已退回",
};

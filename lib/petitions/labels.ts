// The words a user sees for the petition enums (信访工作条例 Art. 17, 23, 29–31), one place for pages,
// exports and the figures.
import type { PetitionCategory, PetitionChannel, PetitionIntake, PetitionState } from "@/lib/generated/prisma/enums";

export const PETITION_CHANNELS = ["LETTER", "VISIT", "PHONE", "ONLINE", "COUNTY_TRANSFER"] as const;
export const PETITION_CATEGORIES = ["SUGGESTION_OPINION", "ACCUSATION", "APPEAL_CLAIM"] as const;

export const PETITION_CHANNEL_LABELS: Record<PetitionChannel, string> = {
  LETTER: "来信",
  VISIT: "来访",
  PHONE: "来电",
  ONLINE: "网上信访",
  COUNTY_TRANSFER: "上级人大转办",
};

export const PETITION_CATEGORY_LABELS: Record<PetitionCategory, string> = {
  SUGGESTION_OPINION: "建议意见类",
  ACCUSATION: "检举控告类",
  APPEAL_CLAIM: "申诉求决类",
};

export const PETITION_INTAKE_LABELS: Record<PetitionIntake, string> = {
  ACCEPT: "受理",
  FORWARD: "转送、交办有权处理机关",
  REDIRECT: "告知向有权处理机关提出",
  DUPLICATE: "重复信访，不再受理",
};

export const PETITION_STATE_LABELS: Record<PetitionState, string> = {
  REGISTERED: "已登记",
  PROPOSED: "已拟办",
  APPROVED: "已批办",
  TRANSFERRED: "已转办",
  ANSWERED: "已回复",
  REPORTED: "已报告",
  CLOSED: "已办结",
};

// Chinese labels of the roster's values.
import type { DeputyStatus, Gender, GroupKind, JoinMethod } from "@/lib/generated/prisma/enums";

export const GENDER_LABELS: Record<Gender, string> = { MALE: "男", FEMALE: "女" };

export const DEPUTY_STATUS_LABELS: Record<DeputyStatus, string> = {
  SITTING: "在任",
  RESIGNED: "辞职",
  TRANSFERRED: "调离",
  RECALLED: "罢免",
  DECEASED: "去世",
};

export const JOIN_METHOD_LABELS: Record<JoinMethod, string> = { ELECTION: "换届选举", BY_ELECTION: "补选" };

export const LEVEL_LABELS: Record<string, string> = { TOWNSHIP: "镇", COUNTY: "县", CITY: "市", PREFECTURE: "州" };

export const GROUP_KIND_LABELS: Record<GroupKind, string> = {
  GROUP: "代表小组",
  CENTRE_GROUP: "代表中心组",
  DEPUTY_HOME: "代表之家",
  LIAISON_STATION: "联络站（联系点）",
};

export const LEVELS = ["TOWNSHIP", "COUNTY", "CITY", "PREFECTURE"] as const;

export const GROUP_KINDS = ["GROUP", "CENTRE_GROUP", "DEPUTY_HOME", "LIAISON_STATION"] as const;

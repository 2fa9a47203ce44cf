// Pure rules of the duty register (履职登记) and the "六个一" card. 代表法第五十八条第二款: the presidium records
// deputies' duties and organises their reports to voters; the "六个一" targets themselves are the township's
// practice (settings duties.*), not national law.
import type { DutyKind } from "@/lib/generated/prisma/enums";
import { formatDay } from "@/lib/time/day";

export const DUTY_KINDS = [
  "VOTER_CONTACT",
  "VOTER_FORUM",
  "POVERTY_HELP",
  "DISPUTE_MEDIATION",
  "PRACTICAL_THING",
  "REPORT_TO_VOTERS",
  "HARDSHIP_VISIT",
  "OTHER",
] as const satisfies readonly DutyKind[];

/** 走访困难代表 is a presidium member's duty: only a deputy who holds a presidium account logs it. */
export const PRESIDIUM_KINDS: readonly DutyKind[] = ["HARDSHIP_VISIT"];

/** Voters reached: required for a contact, optional for a forum, not asked otherwise. */
export const takesVoters = (kind: string) => kind === "VOTER_CONTACT" || kind === "VOTER_FORUM";
/** Households, persons and income raised: the documents count them for help to poor households. */
export const takesHouseholds = (kind: string) => kind === "POVERTY_HELP";

export interface DutyFigures {
  voters?: number | null;
  households?: number | null;
  persons?: number | null;
  incomeRaised?: number | null;
}

/** The figures an entry of the kind must (and may only) carry: field → Chinese message. */
export function checkDutyFigures(kind: string, f: DutyFigures): Record<string, string> {
  const out: Record<string, string> = {};
  if (kind === "VOTER_CONTACT" && !f.voters) out.voters = "联系选民人数：联系选民请填写人数";
  if (!takesVoters(kind) && f.voters != null) out.voters = "联系选民人数：只有联系选民和选民座谈会填写";
  if (kind === "POVERTY_HELP" && !f.households) out.households = "帮扶户数：帮扶困难户请填写户数";
  if (!takesHouseholds(kind))
    for (const [k, label] of [
      ["households", "帮扶户数"],
      ["persons", "帮扶人数"],
      ["incomeRaised", "增收金额"],
    ] as const)
      if (f[k] != null) out[k] = `${label}：只有帮扶困难户填写`;
  return out;
}

/** A deputy's service: first day sitting, first day no longer sitting (null while sitting). */
export interface Service {
  startDate: Date;
  leftDate: Date | null;
}

/** A duty's day: not after today, and within the deputy's service. Null when fine, else the message. */
export function checkDutyDay(day: Date, service: Service, today: Date): string | null {
  if (day.getTime() > today.getTime()) return `履职日期：不能晚于今天（${formatDay(today)}）`;
  if (day.getTime() < service.startDate.getTime())
    return `履职日期：早于该代表本届任职开始日（${formatDay(service.startDate)}）`;
  if (service.leftDate && day.getTime() >= service.leftDate.getTime())
    return `履职日期：该代表已于 ${formatDay(service.leftDate)} 终止代表资格，不能登记此后的履职`;
  return null;
}

/** An entry may be changed by its owner while not verified (a returned one is corrected and resubmitted). */
export const isEditable = (state: string) => state !== "VERIFIED";
export const isReviewable = (state: string) => state === "SUBMITTED";

// ── The "六个一" card ───────────────────────────────────────────────────────

export type SixOneKey = "voters" | "forums" | "suggestions" | "practical" | "households" | "disputes";

export interface SixOneTargets {
  voters: number;
  forums: number;
  suggestions: number;
  practical: number;
  households: number;
  disputes: number;
}

export type SixOneCounts = SixOneTargets;

/** The targets from the settings (local practice). */
export const sixOneTargets = (s: Record<string, number>): SixOneTargets => ({
  voters: s["duties.votersContacted"],
  forums: s["duties.forums"],
  suggestions: s["duties.valuableSuggestions"],
  practical: s["duties.practicalThings"],
  households: s["duties.householdsHelped"],
  disputes: s["duties.disputesMediated"],
});

export const SIX_ONE_LABELS: Record<SixOneKey, string> = {
  voters: "联系选民",
  forums: "召开选民座谈会",
  suggestions: "提出有价值的建议",
  practical: "办实事",
  households: "帮扶困难户",
  disputes: "调解纠纷",
};

const UNITS: Record<SixOneKey, string> = {
  voters: "人",
  forums: "次",
  suggestions: "件",
  practical: "件",
  households: "户",
  disputes: "起",
};

/** How each line is counted: only verified entries of the year count. */
export const SIX_ONE_RULE =
  "只计当年已核实的履职登记：联系选民人数 = 联系选民与选民座谈会登记的选民人数之和；座谈会、办实事、调解纠纷按登记条数；帮扶困难户按登记的户数之和；有价值的建议取自代表建议。目标为本镇规定（本地做法，可在设置中调整）。";

export interface SixOneLine {
  key: SixOneKey;
  label: string;
  target: number;
  done: number;
  met: boolean;
  /** "8 / 10 人" */
  text: string;
}

export interface SixOneCard {
  lines: SixOneLine[];
  met: number;
  complete: boolean;
}

/** The card from the year's counts and the targets. */
export function buildSixOneCard(counts: SixOneCounts, targets: SixOneTargets): SixOneCard {
  const keys = Object.keys(SIX_ONE_LABELS) as SixOneKey[];
  const lines = keys.map((key) => {
    const done = counts[key];
    const target = targets[key];
    return {
      key,
      label: SIX_ONE_LABELS[key],
      target,
      done,
      met: done >= target,
      text: `${done} / ${target} ${UNITS[key]}`,
    };
  });
  const met = lines.filter((l) => l.met).length;
  return { lines, met, complete: met === lines.length };
}

/** A verified entry as the card counts it. */
export interface CountedEntry {
  kind: DutyKind;
  voters: number | null;
  households: number | null;
}

/** The register's part of the counts (suggestions come from the suggestions module). */
export function countEntries(entries: readonly CountedEntry[], valuableSuggestions: number): SixOneCounts {
  const c: SixOneCounts = {
    voters: 0,
    forums: 0,
    suggestions: valuableSuggestions,
    practical: 0,
    households: 0,
    disputes: 0,
  };
  for (const e of entries) {
    if (takesVoters(e.kind)) c.voters += e.voters ?? 0;
    if (e.kind === "VOTER_FORUM") c.forums += 1;
    if (e.kind === "PRACTICAL_THING") c.practical += 1;
    if (e.kind === "POVERTY_HELP") c.households += e.households ?? 0;
    if (e.kind === "DISPUTE_MEDIATION") c.disputes += 1;
  }
  return c;
}

/** The year's first and last day as stored dates (UTC midnight). */
export const yearRange = (year: number) => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
});

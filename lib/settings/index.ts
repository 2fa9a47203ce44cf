import { db } from "@/lib/db";

/**
 * Operational and legal figures, each with its default. An office may override one through the
 * Setting table; code reads them only through `getSettings()`.
 */
export const SETTING_DEFAULTS = {
  /** Failed sign-ins within the window that lock an account. */
  "auth.lockoutThreshold": 5,
  "auth.lockoutWindowMinutes": 15,
  "auth.lockoutMinutes": 15,
  /** Failed sign-ins from one client address within the window that lock that address (any username). */
  "auth.ipLockoutThreshold": 20,
  /** A session ends after this long without a request… */
  "auth.idleTimeoutMinutes": 30,
  /** …and after this long in all. */
  "auth.absoluteTimeoutHours": 12,
  /** Each presidium member is linked to 5–10 deputies (the documents' working rule). */
  "roster.presidiumLinkMin": 5,
  "roster.presidiumLinkMax": 10,
  /** 地方组织法 Art. 14: a township session needs at least two thirds of the deputies present. */
  "sessions.quorumNumerator": 2,
  "sessions.quorumDenominator": 3,
  /** 地方组织法 Art. 14: an extraordinary session when at least one fifth of the deputies propose it. */
  "sessions.extraordinaryNumerator": 1,
  "sessions.extraordinaryDenominator": 5,
  /** 地方组织法 Art. 26: at least ten deputies may jointly nominate a candidate. */
  "sessions.jointNominationMin": 10,
  /** Uploaded session documents: at most this many megabytes each. */
  "sessions.documentMaxMb": 20,
  /** 代表法 Art. 51 (2025): reply within 3 months of assignment, 6 for broad or difficult ones. */
  "suggestions.replyMonths": 3,
  "suggestions.broadReplyMonths": 6,
  /** 地方组织法 Art. 22: a motion needs at least five deputies jointly. */
  "suggestions.motionMinDeputies": 5,
  /** A unit may return a wrongly assigned suggestion within this many working days. */
  "suggestions.returnWorkingDays": 7,
  /** Co-units send their input to the lead unit within this many months. */
  "suggestions.coUnitInputMonths": 1,
  /** Attachments to a suggestion, a reply or a delay notice: at most this many megabytes each… */
  "suggestions.attachmentMaxMb": 10,
  /** …and at most this many files on the suggestion itself and on each reply or delay notice. */
  "suggestions.attachmentMaxFiles": 10,
  /** …and at most this many megabytes in one upload, so a request's memory stays bounded. */
  "suggestions.attachmentMaxTotalMb": 50,
  /** "Due soon" on the reminder lists. */
  "suggestions.dueSoonDays": 14,
  /** Notices also go out as SMS / WeChat messages through the outbox (1: on; off by default). */
  "notifications.smsEnabled": 0,
  "notifications.wechatEnabled": 0,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type Settings = { -readonly [K in SettingKey]: number };

let cache: { at: number; value: Settings } | null = null;
const CACHE_MS = 30_000;

export async function getSettings(): Promise<Settings> {
  if (cache && Date.now() - cache.at < CACHE_MS) return cache.value;
  const rows = await db.setting.findMany({ where: { key: { in: Object.keys(SETTING_DEFAULTS) } } });
  const value = { ...SETTING_DEFAULTS } as Settings;
  for (const row of rows) {
    if (typeof row.value === "number" && Number.isFinite(row.value)) value[row.key as SettingKey] = row.value;
  }
  cache = { at: Date.now(), value };
  return value;
}

export function clearSettingsCache() {
  cache = null;
}

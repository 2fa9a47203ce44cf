import { db } from "@/lib/db";
import { SETTING_GROUPS } from "@/lib/settings/defaults";

/**
 * Operational and legal figures, each with its default (lib/settings/defaults.ts, by group). An office
 * may override one through the Setting table; code reads them only through `getSettings()`.
 */
export const SETTING_DEFAULTS = {
  ...SETTING_GROUPS.auth,
  ...SETTING_GROUPS.roster,
  ...SETTING_GROUPS.sessions,
  ...SETTING_GROUPS.suggestions,
  ...SETTING_GROUPS.notifications,
};

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

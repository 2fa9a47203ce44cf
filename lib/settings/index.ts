import { cachedRead } from "@/lib/db/cached-read";
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
  ...SETTING_GROUPS.supervision,
  ...SETTING_GROUPS.petitions,
  ...SETTING_GROUPS.reception,
  ...SETTING_GROUPS.training,
  ...SETTING_GROUPS.groups,
  ...SETTING_GROUPS.duties,
  ...SETTING_GROUPS.notifications,
  ...SETTING_GROUPS.documents,
  ...SETTING_GROUPS.archive,
  ...SETTING_GROUPS.publicity,
};

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type Settings = { -readonly [K in SettingKey]: number };

// Read at most once per 30 s per process; an expired value is served while it refreshes (lib/db/cached-read.ts).
const settings = cachedRead(
  "settings",
  async (client) => {
    const rows = await client.setting.findMany({ where: { key: { in: Object.keys(SETTING_DEFAULTS) } } });
    const value = { ...SETTING_DEFAULTS } as Settings;
    for (const row of rows) {
      if (typeof row.value === "number" && Number.isFinite(row.value)) value[row.key as SettingKey] = row.value;
    }
    return value;
  },
  30_000,
);

export function getSettings(): Promise<Settings> {
  return settings.get();
}

export function clearSettingsCache() {
  settings.clear();
}

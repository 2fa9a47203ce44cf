import { describe, expect, it } from "vitest";
import { SETTING_GROUPS } from "@/lib/settings/defaults";
import { SETTING_DEFAULTS } from "@/lib/settings";

describe("the settings", () => {
  it("are grouped by the folder that reads them: every key starts with its group's name", () => {
    for (const [group, settings] of Object.entries(SETTING_GROUPS))
      for (const key of Object.keys(settings)) expect(key.startsWith(`${group}.`), key).toBe(true);
  });

  it("are all in SETTING_DEFAULTS, each once", () => {
    const keys = Object.values(SETTING_GROUPS).flatMap((g) => Object.keys(g));
    expect(new Set(keys).size).toBe(keys.length);
    expect(Object.keys(SETTING_DEFAULTS).sort()).toEqual(keys.sort());
    expect(SETTING_DEFAULTS["sessions.quorumNumerator"]).toBe(2);
  });
});

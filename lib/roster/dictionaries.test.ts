import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DICTIONARIES, dictionaryNames, dictionaryValue, ETHNICITIES } from "@/lib/roster/dictionaries";
import { DeputyCreateInput } from "@/lib/roster/schema";

describe("registration-form dictionaries", () => {
  it("has the 56 groups of GB 3304 with their codes, and the lists of GB/T 4762 and GB/T 4658", () => {
    expect(ETHNICITIES).toHaveLength(56);
    expect(ETHNICITIES[0]).toMatchObject({ code: "01", name: "汉族" });
    expect(ETHNICITIES.find((e) => e.name === "基诺族")?.code).toBe("56");
    for (const list of Object.values(DICTIONARIES)) {
      expect(new Set(list.map((e) => e.code)).size).toBe(list.length);
      expect(new Set(list.map((e) => e.name)).size).toBe(list.length);
    }
    expect(dictionaryNames("party")).toContain("中国共产党党员");
    expect(dictionaryNames("education")).toContain("大学专科");
  });

  it("maps the common spellings to the official name and leaves the unknown alone", () => {
    expect(dictionaryValue("ethnicity", "汉")).toBe("汉族");
    expect(dictionaryValue("ethnicity", " 苗族 ")).toBe("苗族");
    expect(dictionaryValue("party", "党员")).toBe("中国共产党党员");
    expect(dictionaryValue("party", "中共党员")).toBe("中国共产党党员");
    expect(dictionaryValue("party", "民盟")).toBe("中国民主同盟盟员");
    expect(dictionaryValue("education", "大专")).toBe("大学专科");
    expect(dictionaryValue("education", "本科（在职）")).toBe("大学本科");
    expect(dictionaryValue("education", "21")).toBe("大学本科");
    expect(dictionaryValue("ethnicity", "穿青人")).toBeNull();
  });

  it("is the mapping of the form's schema (and so of the API and the Excel import)", () => {
    const base = {
      name: "张三",
      gender: "MALE",
      birthDate: "1980-05-01",
      occupation: "农民",
      constituency: "第一选区",
      levels: ["TOWNSHIP"],
    };
    const ok = DeputyCreateInput.parse({ ...base, ethnicity: "汉", party: "党员", education: "大专" });
    expect(ok).toMatchObject({ ethnicity: "汉族", party: "中国共产党党员", education: "大学专科" });
    const bad = DeputyCreateInput.safeParse({ ...base, ethnicity: "火星", party: "党员", education: "大专" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["ethnicity"] });
  });

  it("agrees with the spellings the migration mapped", () => {
    const sql = fs.readFileSync(
      path.join(process.cwd(), "prisma/migrations/20261206163000_deputy_dictionaries/migration.sql"),
      "utf8",
    );
    const rows = [...sql.matchAll(/^ {2}\('(\w+)', '([^']*)', '([^']*)'\)/gm)];
    expect(rows.length).toBeGreaterThan(200);
    for (const [, field, spelling, name] of rows)
      expect(dictionaryValue(field as keyof typeof DICTIONARIES, spelling)).toBe(name);
  });
});

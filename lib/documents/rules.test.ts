import { describe, expect, it } from "vitest";
import {
  changedKeys,
  HANDLING_FIELDS,
  nextSerial,
  REGISTERED_FIELDS,
  registerNumber,
  registerYear,
} from "@/lib/documents/rules";

describe("the register's rules", () => {
  it("writes the registration number as the paper register does", () => {
    expect(registerNumber("INCOMING", 2026, 3)).toBe("收〔2026〕3号");
    expect(registerNumber("OUTGOING", 2025, 12)).toBe("发〔2025〕12号");
  });

  it("numbers from 1 each year and direction, after the highest taken", () => {
    expect(nextSerial(null)).toBe(1);
    expect(nextSerial(undefined)).toBe(1);
    expect(nextSerial(41)).toBe(42);
  });

  it("files an entry under the year of its date", () => {
    expect(registerYear("2026-01-01")).toBe(2026);
    expect(registerYear("2025-12-31")).toBe(2025);
  });

  it("tells a correction of the registered facts from recording the handling", () => {
    const stored = { title: "关于召开会议的通知", docNumber: null, date: "2026-03-02", handling: null };
    expect(changedKeys(stored, { title: "关于召开会议的通知", docNumber: "" }, REGISTERED_FIELDS)).toEqual([
      "docNumber",
    ]);
    expect(changedKeys(stored, { title: "关于召开会议的通知", docNumber: null }, REGISTERED_FIELDS)).toEqual([]);
    expect(changedKeys(stored, { date: "2026-03-03", handling: "已阅" }, REGISTERED_FIELDS)).toEqual(["date"]);
    expect(changedKeys(stored, { date: "2026-03-03", handling: "已阅" }, HANDLING_FIELDS)).toEqual(["handling"]);
  });
});

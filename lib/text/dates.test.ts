import { describe, expect, it } from "vitest";
import { cnDate, cnDateRange } from "@/lib/text/dates";

describe("Chinese dates", () => {
  it("writes a day without leading zeros", () => {
    expect(cnDate("2026-09-01")).toBe("2026年9月1日");
    expect(cnDate("2026-12-31")).toBe("2026年12月31日");
  });

  it("shortens a range within a month, a year, or not at all", () => {
    expect(cnDateRange("2026-09-01", "2026-09-01")).toBe("2026年9月1日");
    expect(cnDateRange("2026-09-01", "2026-09-03")).toBe("2026年9月1日至3日");
    expect(cnDateRange("2026-09-30", "2026-10-01")).toBe("2026年9月30日至10月1日");
    expect(cnDateRange("2026-12-31", "2027-01-01")).toBe("2026年12月31日至2027年1月1日");
  });
});

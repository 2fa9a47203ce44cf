import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { formatDay } from "@/lib/time/day";

describe("screen date formats", () => {
  it("write the day as formatDay does, in China time", () => {
    // 16:30 UTC on 31 August is already 1 September in China.
    const d = new Date("2026-08-31T16:30:00Z");
    expect(formatDate(d)).toBe("2026-09-01");
    expect(formatDateTime(d)).toBe("2026-09-01 00:30");
    expect(formatDate(new Date("2026-09-01T00:00:00Z"))).toBe(formatDay(new Date("2026-09-01T00:00:00Z")));
  });
});

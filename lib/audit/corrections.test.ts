import { describe, expect, it } from "vitest";
import { changedFields, showValue } from "@/lib/audit/corrections";

describe("corrections", () => {
  it("keeps only the fields whose value changes, comparing dates and nulls by value", () => {
    const day = new Date("2026-11-02T00:00:00Z");
    expect(
      changedFields(
        { name: "王", phone: "1", leftDate: day, note: null, other: "untouched" },
        { name: "王", phone: "2", leftDate: new Date(day), note: undefined },
      ),
    ).toEqual({ before: { phone: "1" }, after: { phone: "2" } });
    expect(changedFields({ leftDate: day }, { leftDate: null })).toEqual({
      before: { leftDate: day },
      after: { leftDate: null },
    });
  });

  it("shows stored values as text: a calendar day, an enum by its label, empty as （空）", () => {
    expect(showValue("2026-11-02T00:00:00.000Z")).toBe("2026-11-02");
    expect(showValue("2026-11-02T08:30:00.000Z")).toBe("2026-11-02T08:30:00.000Z");
    expect(showValue("CHAIR", { label: "角色", values: { CHAIR: "人大主席/副主席" } })).toBe("人大主席/副主席");
    expect(showValue(null)).toBe("（空）");
    expect(showValue("")).toBe("（空）");
    expect(showValue(true)).toBe("是");
    expect(showValue(["TOWNSHIP", "COUNTY"], { label: "层级", values: { TOWNSHIP: "镇" } })).toBe("镇、COUNTY");
  });
});

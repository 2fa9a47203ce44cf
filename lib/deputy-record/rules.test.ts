import { describe, expect, it } from "vitest";
import { absenceWarning, attendanceFigures, recordYears, suggestionFigures } from "@/lib/deputy-record/rules";

describe("absenceWarning (代表法 第六十二条第（三）项: 未经批准两次不出席)", () => {
  it("says nothing without an absence, a notice at one and a warning at the limit", () => {
    expect(absenceWarning([], 2)).toBeNull();
    const one = absenceWarning([{ number: 1 }], 2)!;
    expect(one.level).toBe("notice");
    expect(one.text).toContain("第一次会议");
    const two = absenceWarning([{ number: 1 }, { number: 3 }], 2)!;
    expect(two).toMatchObject({ level: "warning", count: 2, limit: 2 });
    expect(two.text).toContain("第一次会议、第三次会议");
    expect(two.text).toContain("代表法第六十二条第（三）项");
  });

  it("follows the setting's limit", () => {
    expect(absenceWarning([{ number: 1 }, { number: 2 }], 3)!.level).toBe("notice");
    expect(absenceWarning([{ number: 1 }], 1)!.level).toBe("warning");
  });
});

describe("attendanceFigures", () => {
  it("counts 出席, 中途离会, 请假 (approved), 缺席 and unmarked apart", () => {
    const f = attendanceFigures(
      ["PRESENT", "LEFT_EARLY", "LEAVE", "ABSENT", "ABSENT", null].map((status) => ({
        status: status as "PRESENT" | null,
      })),
    );
    expect(f).toEqual({ total: 6, present: 1, leftEarly: 1, leave: 1, absent: 2, unmarked: 1 });
  });
});

describe("suggestionFigures", () => {
  it("counts led and co-signed, replies by class and ratings", () => {
    const base = {
      id: "x",
      number: null,
      title: "t",
      state: "RATED" as const,
      atSession: false,
      raisedOn: "2026-01-01",
      motionOnAgenda: false,
      valuable: false,
    };
    const f = suggestionFigures([
      { ...base, kind: "SUGGESTION", lead: true, replyClass: "A", rating: "SATISFIED" },
      { ...base, kind: "MOTION", lead: false, replyClass: "C", rating: "UNSATISFIED" },
      { ...base, kind: "SUGGESTION", lead: true, replyClass: null, rating: null },
    ]);
    expect(f).toEqual({
      total: 3,
      led: 2,
      cosigned: 1,
      motions: 1,
      replied: 2,
      classes: { A: 1, B: 0, C: 1 },
      ratings: { SATISFIED: 1, BASICALLY_SATISFIED: 0, UNSATISFIED: 1 },
    });
  });
});

describe("recordYears", () => {
  it("offers this year back to the deputy's first", () => {
    expect(recordYears(2024, 2026)).toEqual([2026, 2025, 2024]);
    expect(recordYears(2027, 2026)).toEqual([2026]);
  });
});

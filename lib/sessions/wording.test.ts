import { describe, expect, it } from "vitest";
import { sessionDays, suggestionCountText } from "@/lib/sessions/wording";

describe("suggestionCountText", () => {
  it("counts motions and suggestions apart", () => {
    expect(suggestionCountText([{ kind: "MOTION" }, { kind: "SUGGESTION" }, { kind: "SUGGESTION" }])).toBe(
      "本次会议期间共收到代表议案 1 件、建议 2 件。",
    );
  });
  it("says so when nothing was raised", () => {
    expect(suggestionCountText([])).toBe("本次会议期间未收到代表议案和建议。");
  });
});

describe("sessionDays", () => {
  it("counts both ends, across a month end", () => {
    expect(sessionDays("2026-09-01", "2026-09-01")).toBe(1);
    expect(sessionDays("2026-09-30", "2026-10-02")).toBe(3);
  });
});

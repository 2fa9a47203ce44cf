import { describe, expect, it } from "vitest";
import { titleLines } from "@/lib/docx/title";

describe("titleLines", () => {
  it("keeps a short title on one line", () => {
    expect(titleLines("关于代表建议办理情况的报告")).toEqual(["关于代表建议办理情况的报告"]);
  });

  it("breaks a long title into balanced lines after whole words", () => {
    expect(titleLines("关于召开清水镇第十七届人民代表大会第一次会议的通知")).toEqual([
      "关于召开清水镇第十七届",
      "人民代表大会第一次会议的通知",
    ]);
    for (const line of titleLines("关于清水镇第十七届人民代表大会第一次会议代表建议办理情况的报告"))
      expect(line.length).toBeLessThanOrEqual(19);
  });
});

// The presidium's report and the half-yearly disclosure as Word files in the GB/T 9704 layout.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { reportDocx } from "@/lib/suggestions/report-docx";
import type { ReportText } from "@/lib/suggestions/report";

const text: ReportText = {
  title: "关于清水镇第十七届人民代表大会第一次会议代表建议办理情况的报告",
  subtitle: "——在清水镇第十七届人民代表大会第二次会议上",
  salutation: "各位代表：",
  opening: "现将代表建议办理情况报告如下，请予审议。",
  sections: [
    {
      heading: "一、基本情况",
      paragraphs: ["会议期间，代表共提出建议、批评和意见20件。"],
      table: {
        header: ["承办单位", "件数", "已答复", "按期答复率", "满意率"],
        rows: [
          ["农业综合服务中心", 8, 7, "87.5%", "100.0%"],
          ["民政办", 6, 5, "60.0%", "66.7%"],
        ],
      },
      after: ["各承办单位高度重视。"],
    },
    { heading: "二、存在的不足", paragraphs: ["个别建议答复不够及时。"] },
  ],
  closing: "以上报告，请予审议。",
  signature: "清水镇人民代表大会主席团",
  date: "2026年12月20日",
};

describe("suggestion report .docx", () => {
  it("is written to GB/T 9704", async () => {
    const buf = await reportDocx(text);
    expect(await officialDocxProblems(buf)).toEqual([]);
    const d = await inspectDocx(buf);
    // The unit column (a name) is wider than the figure columns.
    const [units, count] = d.tables[0].widths;
    expect(units).toBeGreaterThan(count);
  });
});

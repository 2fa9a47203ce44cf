// The activity report (监督活动情况报告) as a Word file in the GB/T 9704 layout, drafted from the records
// (lib/supervision/report.ts): the plan, the poll table with the rate rule, the opinions, signed.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { activityReportDocx } from "@/lib/supervision/report-docx";
import { activityReportText, type ReportInput } from "@/lib/supervision/report";

const input: ReportInput = {
  township: "清水镇",
  title: "对镇农业综合服务中心的工作评议",
  kindLabel: "工作评议",
  stateLabel: "已结束",
  startDate: "2026-05-10",
  endDate: "2026-05-12",
  purpose: "推动农业服务工作。",
  scope: null,
  method: null,
  lawName: null,
  places: ["青山村"],
  partyConsentOn: "2026-04-20",
  approvedOn: "2026-04-25",
  concludedOn: "2026-05-12",
  participants: { total: 3, present: 2, names: ["王芳", "李强"] },
  targets: ["农业综合服务中心"],
  polls: [
    {
      name: "农业综合服务中心",
      satisfied: 16,
      basic: 1,
      unsatisfied: 0,
      invalid: 1,
      figures: "16/17 = 94%",
      rate: 94,
      round2: null,
    },
  ],
  rateRule: "满意率 = 满意票 ÷ 有效票。",
  findings: [{ target: "农业综合服务中心", text: "服务窗口人手不足。" }],
  opinions: [{ unit: "农业综合服务中心", text: "充实窗口人员。", dueDate: "2026-08-12", state: null }],
  suggestions: 0,
  summary: null,
  date: "2026-05-12",
};

describe("supervision activity report .docx", () => {
  it("is written to GB/T 9704 with the report's title, the poll figures and the signature", async () => {
    const text = activityReportText(input);
    const buf = await activityReportDocx(text);
    expect(await officialDocxProblems(buf)).toEqual([]);
    const d = await inspectDocx(buf);
    const all = d.paragraphs.map((p) => p.text);
    expect(all[0]).toBe("关于对镇农业综合服务中心的工作评议情况的报告");
    expect(all).toContain("二、民主测评结果");
    const cells = d.paragraphs.filter((p) => p.inTable).map((p) => p.text);
    expect(cells).toEqual(expect.arrayContaining(["满意率", "农业综合服务中心", "16/17 = 94%"]));
    expect(all).toContain("满意率 = 满意票 ÷ 有效票。");
    expect(d.tables).toHaveLength(1);
    const body = all.filter((_, i) => !d.paragraphs[i].inTable);
    expect(body.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2026年5月12日"]);
  });
});

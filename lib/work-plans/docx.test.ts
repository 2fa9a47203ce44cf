// The year plan as a Word file in the GB/T 9704 layout: the title, the items by kind of work or by month, the
// issuer and the day of approval.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { planDocx, planSections, type PlanDocInput } from "@/lib/work-plans/docx";

const input: PlanDocInput = {
  title: "清水镇人大主席团2027年工作要点",
  townshipName: "清水镇",
  preamble: "2027年，镇人大主席团在镇党委的领导下，依法履行职责。",
  items: [
    {
      month: 3,
      title: "召开镇人民代表大会第三次会议",
      content: "审议政府工作报告。",
      responsible: "主席团",
      module: "SESSION",
    },
    { month: 6, title: "开展安全生产执法检查", content: null, responsible: "副主席", module: "SUPERVISION" },
    { month: null, title: "每季度召开主席团会议", content: null, responsible: "主席团", module: "PRESIDIUM_MEETING" },
    { month: 9, title: "听取民生实事项目情况报告", content: null, responsible: "主席", module: "SUPERVISION" },
  ],
  date: "2027-02-20",
  by: "module",
};

describe("year plan .docx", () => {
  it("is written to GB/T 9704 with the items under their kind of work and the signature", async () => {
    const buf = await planDocx(input);
    expect(await officialDocxProblems(buf)).toEqual([]);
    const all = (await inspectDocx(buf)).paragraphs.map((p) => p.text);
    expect(all[0]).toBe("清水镇人大主席团2027年工作要点");
    expect(all[1]).toBe("2027年，镇人大主席团在镇党委的领导下，依法履行职责。");
    const i = all.indexOf("一、人代会");
    expect(all.slice(i, i + 4)).toEqual([
      "一、人代会",
      "（一）召开镇人民代表大会第三次会议",
      "审议政府工作报告。",
      "时间：3月。责任：主席团。",
    ]);
    expect(all).toContain("二、主席团会议");
    const s = all.indexOf("三、监督活动");
    expect(all.slice(s, s + 5)).toEqual([
      "三、监督活动",
      "（一）开展安全生产执法检查",
      "时间：6月。责任：副主席。",
      "（二）听取民生实事项目情况报告",
      "时间：9月。责任：主席。",
    ]);
    expect(all.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2027年2月20日"]);
  });

  it("groups by month with the all-year items last", async () => {
    const sections = planSections(input.items, "month");
    expect(sections.map((s) => s.heading)).toEqual(["一、3月", "二、6月", "三、9月", "四、全年工作"]);
    expect(sections[3].items[0]).toEqual({ heading: "（一）每季度召开主席团会议", paragraphs: ["责任：主席团。"] });
    expect(await officialDocxProblems(await planDocx({ ...input, by: "month" }))).toEqual([]);
  });
});

// The training plan as a Word file in the GB/T 9704 layout, with the documents' six headings and the schedule.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { planDocx, planSections, type PlanDocInput } from "@/lib/training/plan-docx";

const input: PlanDocInput = {
  title: "清水镇人大主席团2027年代表培训计划",
  kind: "YEAR",
  townshipName: "清水镇",
  guidingIdeas: "以习近平新时代中国特色社会主义思想为指导。",
  purpose: "提高代表依法履职能力。\n增强代表的责任意识。",
  audienceLevelLabels: ["镇人大代表", "县人大代表"],
  audienceGroups: [{ name: "第一代表小组" }],
  audienceNote: null,
  content: "学习《代表法》。",
  form: "集中学习与自学相结合。",
  items: [
    { quarter: 3, year: null, text: "专题学习：乡村振兴。" },
    { quarter: 1, year: null, text: "初任学习。" },
    { quarter: 1, year: null, text: "代表小组学习。" },
  ],
  date: "2027-01-15",
  draft: false,
};

describe("training plan .docx", () => {
  it("is written to GB/T 9704 with the six headings, the audience, the schedule by quarter and the signature", async () => {
    const buf = await planDocx(input);
    expect(await officialDocxProblems(buf)).toEqual([]);
    const d = await inspectDocx(buf);
    const all = d.paragraphs.map((p) => p.text);
    expect(all[0]).toBe("清水镇人大主席团2027年代表培训计划");
    for (const h of ["一、指导思想", "二、目的意义", "三、培训对象", "四、培训内容", "五、培训形式", "六、时间安排"])
      expect(all).toContain(h);
    expect(all).toContain("镇人大代表、县人大代表、第一代表小组。");
    const q1 = all.indexOf("（一）第一季度");
    expect(all.slice(q1, q1 + 4)).toEqual(["（一）第一季度", "初任学习。", "代表小组学习。", "（二）第三季度"]);
    expect(all.slice(-2)).toEqual(["清水镇人民代表大会主席团", "2027年1月15日"]);
  });

  it("schedules a five-year plan by year", () => {
    const s = planSections({
      ...input,
      kind: "TERM",
      items: [
        { quarter: null, year: 2028, text: "履职学习。" },
        { quarter: null, year: 2027, text: "初任学习。" },
      ],
    });
    expect(s.at(-1)?.parts?.map((p) => p.heading)).toEqual(["2027年", "2028年"]);
  });
});

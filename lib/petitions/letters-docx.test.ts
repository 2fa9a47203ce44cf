// The written notice (Art. 23), the 信访处理意见书 (Art. 32) and the extension notice (Art. 34) as .docx.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { letterDocx } from "@/lib/petitions/letters-docx";
import { extensionText, noticeText, opinionText, type LetterFacts } from "@/lib/petitions/letters";

const facts: LetterFacts = {
  township: "清水镇",
  addressee: "张三",
  receivedOn: "2026-03-02",
  channelWords: "来信",
  subject: "申请补发高龄津贴2740元",
  content: "本人年满八十周岁，2025年高龄津贴未发放。",
  intake: "ACCEPT",
  forwardedTo: null,
  notifiedOn: "2026-03-06",
  handlingDays: 60,
  unitName: "民政办",
  answerText: "经核实，已于2026年4月补发。",
  decision: "SUPPORT",
  legalBasis: "《河南省老年人优待办法》第十二条",
  answeredOn: "2026-04-20",
  reviewRequestDays: 30,
  extensionDays: 30,
  extensionReason: "需会同县民政局核实发放名册",
  extensionNotifiedOn: "2026-04-25",
  extensionApprovedOn: "2026-04-24",
  dueDate: "2026-05-31",
};

describe("petition letters .docx", () => {
  it("the written notice states the outcome of Art. 23 para 1, signed by the office", async () => {
    const t = noticeText(facts);
    expect(t.paragraphs[1].text).toContain("已予受理");
    expect(t.paragraphs[1].text).toContain("60日内办结");
    expect(noticeText({ ...facts, intake: "FORWARD", forwardedTo: "县人民法院" }).paragraphs[1].text).toContain(
      "转送、交办县人民法院",
    );
    expect(t.signature).toBe("清水镇人大主席团办公室");
    expect(t.date).toBe("2026年3月6日");
    const buf = await letterDocx(t);
    expect(await officialDocxProblems(buf)).toEqual([]);
  });

  it("the 信访处理意见书 carries the request, facts, opinion and its legal basis (Art. 32)", async () => {
    const t = opinionText(facts);
    expect(t.paragraphs.map((p) => p.heading).filter(Boolean)).toEqual([
      "一、信访人投诉请求",
      "二、事实和理由",
      "三、处理意见",
      "四、法律法规依据",
    ]);
    expect(t.paragraphs[3].text.startsWith("予以支持。")).toBe(true);
    expect(t.paragraphs[5].text).toContain("30日内");
    const buf = await letterDocx(t);
    expect(await officialDocxProblems(buf)).toEqual([]);
    expect((await inspectDocx(buf)).tables).toEqual([]);
  });

  it("the extension notice gives the days, the new due day and the reason (Art. 34)", async () => {
    const t = extensionText(facts);
    expect(t.paragraphs[0].text).toContain("延长30日，至2026年5月31日");
    expect(t.paragraphs[1].text).toBe("延期理由：需会同县民政局核实发放名册");
    expect(t.date).toBe("2026年4月25日");
    expect(await officialDocxProblems(await letterDocx(t))).toEqual([]);
  });

  it("refuses a letter the record cannot support yet", () => {
    expect(() => noticeText({ ...facts, intake: null })).toThrow();
    expect(() => opinionText({ ...facts, answerText: null })).toThrow();
    expect(() => extensionText({ ...facts, extensionDays: null })).toThrow();
  });
});

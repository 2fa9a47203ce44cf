// The drafted documents as Word files: GB/T 9704 (the official helper), the places to fill highlighted, and — read
// back from the .docx — each number in the text equal to the summary's JSON figure it stands for.
import { describe, expect, it } from "vitest";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { fabricatedSummary } from "@/tests/factories/year-summary";
import { reportInputFromSummary } from "@/lib/year/report-data";
import { yearReportText, type YearDocKind } from "@/lib/year/report";
import { yearReportDocx, yearReportFilename } from "@/lib/year/report-docx";
import type { YearSummary } from "@/lib/year/summary";

const summary = fabricatedSummary();
const input = (kind: YearDocKind, s: YearSummary = summary) =>
  reportInputFromSummary(s, {
    kind,
    township: "清水镇",
    resolvedExamples: [{ id: "p1", category: "申诉求决类", subject: "南街路灯不亮", closedOn: "2026-06-01" }],
    nextSession: { termNumber: 17, number: 3 },
  });
const docxOf = async (kind: YearDocKind, s?: YearSummary) => {
  const text = yearReportText(input(kind, s));
  return { text, buffer: await yearReportDocx(text) };
};

/** The body's text as Word shows it, paragraph by paragraph (tables' cells after). */
const paragraphsOf = async (buffer: Buffer) => (await inspectDocx(buffer)).paragraphs.map((p) => p.text);

describe("the drafted documents' .docx", () => {
  for (const kind of ["summary", "session-report", "half-year"] as const)
    it(`${kind}: is written to GB/T 9704`, async () => {
      const { buffer, text } = await docxOf(kind);
      // The attachment follows the sign-off (GB/T 9704 8), so the sign-off is checked here, not as the last lines.
      expect(await officialDocxProblems(buffer, { signOff: false })).toEqual([]);
      const body = (await inspectDocx(buffer)).paragraphs.filter((p) => !p.inTable);
      const issuer = body.findIndex((p) => p.text === "清水镇人大主席团");
      if (text.signature) {
        expect(body[issuer].align).toBe("right");
        expect(body[issuer + 1]).toMatchObject({ text: "2026年12月10日", align: "right" });
        expect(body[issuer - 2].text).toBe(
          "附件：2026年人大工作主要数据".replace("2026年", kind === "half-year" ? "2026年上半年" : "2026年"),
        );
        expect(body[issuer + 2].text).toBe("附件");
        // The sign-off never stands alone on a page: the attachment note and the last paragraph are kept with it.
        expect(body[issuer - 2].keepNext).toBe(true);
        expect(body[issuer - 3].keepNext).toBe(true);
        expect(body[issuer - 4].keepNext).toBe(false);
      } else expect(issuer).toBe(-1);
    });

  it("highlights the places the office writes, and only those", async () => {
    const { buffer } = await docxOf("summary");
    const xml = (await inspectDocx(buffer)).parts["word/document.xml"];
    const runs = [
      ...xml.matchAll(/<w:r>(?:(?!<\/w:r>)[\s\S])*?<w:highlight w:val="yellow"\/>[\s\S]*?<w:t[^>]*>([^<]*)<\/w:t>/g),
    ].map((m) => m[1]);
    expect(runs.length).toBeGreaterThanOrEqual(10);
    for (const r of runs) expect(r).toMatch(/^【请填写：[^】]+】$/);
  });

  it("names the files in Chinese", async () => {
    expect(yearReportFilename(yearReportText(input("summary")), 2026)).toBe("清水镇2026年度人大工作总结.docx");
    expect(yearReportFilename(yearReportText(input("half-year")), 2026)).toBe("清水镇2026年上半年人大工作小结.docx");
    expect(yearReportFilename(yearReportText(input("session-report")), 2026)).toBe(
      "清水镇人民代表大会主席团工作报告（2026年工作回顾，草稿）.docx",
    );
  });
});

describe("each number in the .docx equals the JSON figure", () => {
  const c = summary.current;
  const p = summary.previous;
  /** A phrase of the document and the figure of the summary its number must be. */
  const FIGURES: [RegExp, number | null][] = [
    [/依法召开人民代表大会会议(\d+)次/, c.sessions.sessions.held],
    [/会期共(\d+)天/, c.sessions.sessions.days],
    [/代表出席率(\d+)%/, c.sessions.attendance.rate],
    [/表决通过决议、决定(\d+)项/, c.sessions.votes.passed],
    [/举行选举(\d+)次/, c.sessions.elections.held],
    [/选举产生(\d+)人/, c.sessions.elections.elected],
    [/召开主席团会议(\d+)次/, c.sessions.presidium.meetingsHeld],
    [/听取专项工作报告(\d+)项/, c.sessions.presidium.reportsHeard],
    [/开展各类监督活动(\d+)次/, c.supervision.activities.total],
    [/开展各类监督活动\d+次，比上年增加(\d+)次/, c.supervision.activities.total - p.supervision.activities.total],
    [/民政办满意率(\d+)%/, c.supervision.evaluated[0].round1!.rate],
    [/国土所满意率(\d+)%/, c.supervision.evaluated[1].round1!.rate],
    [/形成审议（评议）意见(\d+)份/, c.supervision.opinions.total],
    [/交办整改任务(\d+)项/, c.supervision.rectifications.total],
    [/已验收(\d+)项/, c.supervision.rectifications.accepted],
    [/按期整改率(\d+)%/, c.supervision.rectifications.onTimeRate],
    [/开展执法检查(\d+)次/, c.supervision.activities.items.filter((a) => a.kind === "LAW_INSPECTION").length],
    [/(\d+)个代表小组共开展活动/, c.groups.groups.length],
    [/代表小组共开展活动(\d+)次/, c.groups.total],
    [/参加代表(\d+)人次/, c.groups.attendances],
    [/在活动中提出建议(\d+)件/, c.groups.suggestions],
    [/举办接待选民日(\d+)次/, c.reception.days.held],
    [/接待群众(\d+)人次/, c.reception.visitors],
    [/收集问题(\d+)个/, c.reception.issues],
    [/及时解决(\d+)个/, c.reception.solved],
    [/转为代表建议(\d+)件/, c.reception.toSuggestions],
    [/转交信访办理(\d+)件/, c.reception.toPetitions],
    [/在任代表(\d+)名，其中/, c.reception.deputies.sitting],
    [/其中(\d+)名参加了接待/, c.reception.deputies.served.length],
    [/登记并核实代表履职(\d+)条/, c.duties.verified],
    [/(\d+)名代表有履职记录/, c.duties.deputies],
    [/联系选民(\d+)人次/, c.duties.votersReached],
    [/(\d+)名代表向选民述职/, c.duties.voterReports.held],
    [/选民满意率(\d+)%/, c.duties.voterReports.rate],
    [/代表共提出建议、批评和意见(\d+)件/, c.suggestions.total],
    [/已答复(\d+)件/, c.suggestions.replied],
    [/按时答复率([\d.]+)%/, c.suggestions.onTimeRate],
    [/（A类）(\d+)件/, c.suggestions.byClass.A],
    [/（B类）(\d+)件/, c.suggestions.byClass.B],
    [/（C类）(\d+)件/, c.suggestions.byClass.C],
    [/办成率([\d.]+)%/, c.suggestions.resolvedRate],
    [/代表已评价(\d+)件/, c.suggestions.rated],
    [/代表已评价\d+件，满意率([\d.]+)%/, c.suggestions.satisfactionRate],
    [/农业综合服务中心主办(\d+)件/, c.suggestions.units[0].total],
    [/共收到群众来信来访(\d+)件/, c.petitions.total.received],
    [/来信来访\d+件，比上年减少(\d+)件/, p.petitions.total.received - c.petitions.total.received],
    [/申诉求决类(\d+)件/, c.petitions.byCategory[0].tally.received],
    [/依法受理(\d+)件/, c.petitions.total.accepted],
    [/已办结(\d+)件/, c.petitions.total.closed],
    [/问题得到解决(\d+)件/, c.petitions.total.resolved],
    [/15日内书面告知率(\d+)%/, c.petitions.total.notice.rate],
    [/按期办结率(\d+)%/, c.petitions.total.handling.rate],
    [/办理上级人大转办件(\d+)件/, c.petitions.county.tally.received],
    [/报告办理结果(\d+)件/, c.petitions.county.reported],
    [/举办代表培训(\d+)期/, c.training.held],
    [/共(\d+)天，比上年/, c.training.days],
    [/报名参训(\d+)人次/, c.training.enrolled],
    [/实到(\d+)人次/, c.training.present],
    [/出勤率(\d+)%/, c.training.attendanceRate],
    [/中有(\d+)名参加培训/, c.training.deputiesTrained],
    [/覆盖率(\d+)%/, c.training.coverage],
  ];

  it("reads each figure's phrase back from the file and finds the figure", async () => {
    const { buffer } = await docxOf("summary");
    const body = (await paragraphsOf(buffer)).join("\n");
    for (const [phrase, want] of FIGURES) {
      const m = phrase.exec(body);
      expect(m, String(phrase)).not.toBeNull();
      expect(Number(m![1]), String(phrase)).toBe(want);
    }
  });

  it("writes no number that is not a figure of the summary (dates, years and document numbers apart)", async () => {
    const numbers = new Set<number>();
    const walk = (v: unknown): void => {
      if (typeof v === "number") numbers.add(v);
      else if (typeof v === "string") for (const m of v.matchAll(/\d+(?:\.\d+)?/g)) numbers.add(Number(m[0]));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") Object.values(v).forEach(walk);
    };
    walk(summary);
    // Changes beside the year before are figures too: value − previous of each key figure.
    for (const k of summary.figures) if (k.change !== null) numbers.add(Math.abs(k.change));
    for (const kind of ["summary", "session-report"] as const) {
      const { buffer } = await docxOf(kind);
      const body = (await paragraphsOf(buffer))
        .join("\n")
        .replace(/\d{4}年\d{1,2}月\d{1,2}日/g, "")
        .replace(/〔\d{4}〕\d+号/g, "")
        .replace(/\d{4}年/g, "")
        .replace(/\d{1,2}月开展/g, "")
        .replace(/15日内/g, "")
        .replace(/^\d+．/gm, "")
        .replace(/— \d+ —/g, "");
      const stray = [...body.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).filter((n) => !numbers.has(n));
      expect(stray, kind).toEqual([]);
    }
  });

  it("follows a figure changed in the summary into the file", async () => {
    const changed = fabricatedSummary(2026, { petitions: 31, trainings: 7 });
    const body = (await paragraphsOf((await docxOf("summary", changed)).buffer)).join("\n");
    expect(/共收到群众来信来访(\d+)件/.exec(body)![1]).toBe("31");
    expect(/举办代表培训(\d+)期/.exec(body)![1]).toBe("7");
    expect(body).toContain("比上年增加11件");
  });
});

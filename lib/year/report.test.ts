// The drafted documents' text from a fabricated year summary: the structure, each number from its figure, the
// examples of the year, the marked places; and (fast-check) that changing a figure changes the text with it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fabricatedSummary, THIS_YEAR } from "@/tests/factories/year-summary";
import { reportInputFromSummary } from "@/lib/year/report-data";
import { comparedText, fill, yearReportPlainText, yearReportText, type YearDocKind } from "@/lib/year/report";

const TOWNSHIP = "清水镇";
const draft = (kind: YearDocKind, summary = fabricatedSummary()) =>
  yearReportText(
    reportInputFromSummary(summary, {
      kind,
      township: TOWNSHIP,
      resolvedExamples: [{ id: "p1", category: "申诉求决类", subject: "南街路灯不亮", closedOn: "2026-06-01" }],
      nextSession: { termNumber: 17, number: 3 },
    }),
  );

describe("the year-end work summary (年度工作总结)", () => {
  const t = draft("summary");
  const text = yearReportPlainText(t);

  it("has the documents' structure: 一、工作开展情况 in eight numbered areas, 二、存在的不足, 三、明年工作打算", () => {
    expect(t.title).toBe("清水镇人大2026年度工作总结");
    expect(t.parts.map((p) => p.heading)).toEqual(["一、工作开展情况", "二、存在的不足", "三、2027年工作打算"]);
    expect(t.parts[0].sections.map((s) => s.heading.slice(0, 3))).toEqual([
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "（六）",
      "（七）",
      "（八）",
    ]);
    expect(t.parts[0].sections.map((s) => s.heading)).toEqual([
      "（一）依法召开人代会，认真行使职权",
      "（二）突出监督重点，增强监督实效",
      "（三）开展执法检查和视察，推动法律法规实施",
      "（四）加强代表工作，发挥代表主体作用",
      "（五）认真督办代表建议，推动解决群众关切",
      "（六）做好人大信访工作，维护群众合法权益",
      "（七）加强代表培训，提高履职能力",
      "（八）加强自身建设，提高工作水平",
    ]);
    expect(t.signature).toBe("清水镇人大主席团");
    expect(t.date).toBe("2026年12月10日");
  });

  it("fills every number from the figures, with the year before beside it", () => {
    for (const phrase of [
      "依法召开人民代表大会会议2次，会期共4天，代表出席率96%",
      "2026年1月15日召开清水镇第十七届人民代表大会第一次会议",
      "表决通过决议、决定7项，举行选举3次，选举产生4人",
      "召开主席团会议11次，听取专项工作报告6项",
      "开展各类监督活动9次，比上年增加3次，其中工作评议6次、执法检查2次、视察1次",
      "民政办满意率94%，国土所满意率82%",
      "形成审议（评议）意见5份，交办整改任务8项，已验收6项，按期整改率75%，仍有1项逾期未报整改情况",
      "2026年，2个代表小组共开展活动28次，比上年增加4次，参加代表212人次",
      "举办接待选民日12次，接待群众46人次，比上年增加5人次，收集问题46个、及时解决39个",
      "在任代表45名，其中41名参加了接待",
      "登记并核实代表履职143条，40名代表有履职记录，联系选民1250人次；9名代表向选民述职，选民满意率99%",
      "代表共提出建议、批评和意见23件，比上年增加4件",
      "已答复21件，按时答复率90.5%",
      "代表已评价21件，满意率95.2%",
      "农业综合服务中心主办14件、满意率92.9%，民政办主办9件、满意率100%",
      "满意率94%（33/35 = 94%）",
      "共收到群众来信来访17件，比上年减少3件，其中申诉求决类12件、建议意见类5件",
      "已办结15件，问题得到解决13件，15日内书面告知率94%，按期办结率88%",
      "办理上级人大转办件2件，已向上级人大报告办理结果1件",
      "举办代表培训4期、共5天，比上年增加1期，报名参训130人次、实到120人次，出勤率92%",
      "在任代表45名中有44名参加培训，覆盖率97%",
    ])
      expect(text).toContain(phrase);
  });

  it("names the year's examples: the units evaluated, the inspections and their laws, the cases resolved and transferred", () => {
    expect(text).toContain("5月开展《中华人民共和国农产品质量安全法》执法检查（农产品质量安全执法检查）");
    expect(text).toContain("10月开展视察“农村饮水安全工程”");
    expect(text).toContain("县人大信转〔2026〕3号转办的“东村灌渠年久失修”已报告办理结果");
    expect(text).toContain("县人大信转〔2026〕4号转办的“西村道路积水”正在办理");
    expect(text).toContain("如“南街路灯不亮”等");
  });

  it("marks the places the office writes, and lists the shortcomings the figures show", () => {
    expect(text).toContain(fill("全年工作的总体评价"));
    expect(text).toContain(fill("主席团学习、制度建设、作风建设和宣传工作情况"));
    expect(text.match(/【请填写：[^】]+】/g)!.length).toBeGreaterThanOrEqual(10);
    const shortcomings = t.parts[1].intro.join("");
    expect(shortcomings).toContain("一是代表建议办理还不够及时，有1件建议超过办理期限尚未答复");
    expect(shortcomings).toContain("有1项整改任务逾期未报整改情况");
    expect(shortcomings).toContain("有1件信访超过办理期限尚未办结");
    expect(shortcomings).toContain("在任代表中有1名未参加培训");
    expect(shortcomings).toContain("有4名代表未参加接待选民日活动");
  });

  it("appends the key figures beside the year before", () => {
    const s = fabricatedSummary();
    expect(t.appendix!.title).toBe("附表：2026年人大工作主要数据");
    expect(t.appendix!.table.header).toEqual(["项目", "单位", "2026年", "2025年", "增减"]);
    expect(t.appendix!.table.rows.length).toBe(s.figures.length);
    const row = t.appendix!.table.rows.find((r) => r[0] === "信访：收到信访件")!;
    expect(row).toEqual(["信访：收到信访件", "件", 17, 20, "-3"]);
  });
});

describe("the presidium's work report to the session (主席团工作报告)", () => {
  const t = draft("session-report");
  it("goes to the next session: 一年工作回顾 … 存在的不足 … 明年工作", () => {
    expect(t.title).toBe("清水镇人民代表大会主席团工作报告");
    expect(t.subtitle).toBe("——在清水镇第十七届人民代表大会第三次会议上");
    expect(t.salutation).toBe("各位代表：");
    expect(t.parts.map((p) => p.heading)).toEqual(["一、2026年工作回顾", "二、存在的不足", "三、2027年工作安排"]);
    expect(t.parts[0].sections).toHaveLength(8);
    expect(t.signature).toBeNull();
    expect(yearReportPlainText(t)).toContain("共收到群众来信来访17件");
  });

  it("names the session with crosses when it is not in the records yet", () => {
    const t2 = yearReportText({
      ...reportInputFromSummary(fabricatedSummary(), { kind: "session-report", township: TOWNSHIP }),
    });
    expect(t2.subtitle).toContain("清水镇第×届人民代表大会第×次会议");
  });
});

describe("the half-year brief (半年小结)", () => {
  const s = { ...fabricatedSummary(), period: "half" as const, through: "2026-06-30" };
  const t = draft("half-year", s);
  it("speaks of the first half against the same half a year before", () => {
    expect(t.title).toBe("清水镇人大2026年上半年工作小结");
    expect(t.parts.map((p) => p.heading)).toEqual(["一、上半年工作开展情况", "二、存在的不足", "三、下半年工作打算"]);
    const text = yearReportPlainText(t);
    expect(text).toContain("2026年上半年，共收到群众来信来访17件，比上年同期减少3件");
    expect(t.appendix!.table.header).toEqual(["项目", "单位", "2026年上半年", "2025年上半年", "增减"]);
  });
});

describe("a year with nothing recorded", () => {
  const zero = Object.fromEntries(Object.entries(THIS_YEAR).map(([k, v]) => [k, typeof v === "number" ? 0 : v]));
  const t = draft(
    "summary",
    fabricatedSummary(2026, { ...zero, onTimeRate: null, satisfactionRate: null, handlingRate: null, coverage: null }),
  );
  const text = yearReportPlainText(t);
  it("says so in each area instead of writing zeros", () => {
    expect(text).toContain("2026年，未召开人民代表大会会议。");
    expect(text).toContain("代表未提出需交有关单位办理的建议、批评和意见。");
    expect(text).toContain("2026年，未收到群众来信来访。");
    expect(text).toContain("2026年，未举办代表培训。");
    expect(text).toContain("2026年，未开展监督活动。");
  });
});

describe("the wording of particular records", () => {
  it("writes an inspection whose title names the law once, and leaves out what was passed on when nothing was", () => {
    const s = fabricatedSummary();
    const law = "《中华人民共和国农产品质量安全法》";
    s.current.supervision.activities.items[0].title = `${law}执法检查`;
    s.current.reception.toSuggestions = 0;
    s.current.reception.toPetitions = 3;
    s.current.groups.suggestions = 0;
    const text = yearReportPlainText(draft("summary", s));
    expect(text).toContain(`5月开展${law}执法检查；`);
    expect(text.split(law).length - 1).toBe(1);
    expect(text).toContain("及时解决39个，转交信访办理3件；");
    expect(text).not.toContain("转为代表建议0件");
    expect(text).not.toContain("在活动中提出建议");
  });
});

describe("comparedText", () => {
  it("reads the change in the figure's unit", () => {
    expect(comparedText(5, 3, "件", "上年")).toBe("，比上年增加2件");
    expect(comparedText(3, 5, "件", "上年")).toBe("，比上年减少2件");
    expect(comparedText(3, 3, "件", "上年")).toBe("，与上年持平");
    expect(comparedText(3, null, "件", "上年")).toBe("");
  });
});

describe("changing a figure changes the text (property)", () => {
  it("the petitions received, the suggestions and the visitors are written as counted, with the change", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6, max: 500 }),
        fc.integer({ min: 6, max: 500 }),
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 0, max: 900 }),
        (petitions, before, suggestions, visitors) => {
          const text = yearReportPlainText(
            draft(
              "summary",
              fabricatedSummary(
                2026,
                { petitions, suggestions, replied: suggestions, visitors },
                { petitions: before },
              ),
            ),
          );
          expect(text).toContain(`共收到群众来信来访${petitions}件${comparedText(petitions, before, "件", "上年")}`);
          expect(text).toContain(`代表共提出建议、批评和意见${suggestions}件`);
          expect(text).toContain(`接待群众${visitors}人次`);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("two summaries that differ in one figure draft different texts, and only where that figure is written", () => {
    const keys = ["petitions", "trainings", "presidiumMeetings", "groupActivities", "dutiesVerified"] as const;
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.integer({ min: 1, max: 50 }), (key, delta) => {
        const a = yearReportPlainText(draft("summary"));
        const b = yearReportPlainText(draft("summary", fabricatedSummary(2026, { [key]: THIS_YEAR[key] + delta })));
        expect(b).not.toBe(a);
        // The same number of lines: the figure changed in place, nothing else moved.
        const la = a.split("\n");
        const lb = b.split("\n");
        expect(lb.length).toBe(la.length);
        const changed = la.filter((l, i) => l !== lb[i]);
        expect(changed.length).toBeGreaterThanOrEqual(1);
        expect(lb.some((l) => l.includes(String(THIS_YEAR[key] + delta)))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

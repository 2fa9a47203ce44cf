import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { countsOf, type CountRow } from "@/lib/suggestions/counts";
import { reportPlainText, suggestionReportText, type ReportFigures, type ReportInput } from "@/lib/suggestions/report";

const row = (over: Partial<Record<keyof CountRow, number>> = {}): CountRow => ({
  total: 0,
  replied: 0,
  on_time: 0,
  class_a: 0,
  class_b: 0,
  class_c: 0,
  rated: 0,
  satisfied: 0,
  basically: 0,
  unsatisfied: 0,
  rehandled: 0,
  rehandlings: 0,
  delayed: 0,
  overdue: 0,
  overdue_unanswered: 0,
  in_hand: 0,
  ...over,
});

/** 20 suggestions: 18 assigned to 3 lead units (4 with co-units), 15 replied (12 on time), A 9 / B 4 / C 2, 10 rated. */
function figures(over: Partial<ReportFigures> = {}): ReportFigures {
  return {
    ...countsOf(
      row({
        total: 20,
        replied: 15,
        on_time: 12,
        class_a: 9,
        class_b: 4,
        class_c: 2,
        rated: 10,
        satisfied: 6,
        basically: 3,
        unsatisfied: 1,
        rehandled: 2,
        rehandlings: 3,
        delayed: 1,
        overdue: 2,
        in_hand: 4,
      }),
    ),
    byState: { REGISTERED: 2, ASSIGNED: 3, REHANDLING: 1, REPLIED: 5, RATED: 6, CLOSED: 3 },
    leadUnits: 3,
    allUnits: 4,
    unassigned: 2,
    onAgenda: 0,
    byCategory: [
      { name: "经济建设", total: 0 },
      { name: "农业农村", total: 8 },
      { name: "城乡建设", total: 7 },
      { name: "教育", total: 5 },
    ],
    units: [
      {
        name: "农业服务中心",
        ...countsOf(row({ total: 8, replied: 7, on_time: 7, rated: 5, satisfied: 4, basically: 1 })),
      },
      {
        name: "民政办",
        ...countsOf(
          row({ total: 6, replied: 5, on_time: 3, rated: 3, satisfied: 1, basically: 1, unsatisfied: 1, rehandled: 2 }),
        ),
      },
      { name: "国土所", ...countsOf(row({ total: 4, replied: 3, on_time: 2, rated: 2, satisfied: 1, basically: 1 })) },
    ],
    ...over,
  };
}

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  township: "青山镇",
  year: 2026,
  scope: { kind: "YEAR" },
  nextSession: { termNumber: 17, number: 3 },
  asOf: "2026-12-20",
  figures: figures(),
  issues: [
    { category: "农业农村", total: 8, titles: ["关于修缮清水村便民桥的建议", "关于加强农田水利建设的建议"] },
    { category: "城乡建设", total: 7, titles: ["关于修复村道路灯的建议"] },
  ],
  ...over,
});

describe("countsOf: the figures maths", () => {
  it("derives the rates from the counts, one decimal, half up", () => {
    const c = countsOf(
      row({
        total: 7,
        replied: 6,
        on_time: 5,
        class_a: 4,
        class_b: 1,
        class_c: 1,
        rated: 3,
        satisfied: 1,
        basically: 1,
        unsatisfied: 1,
      }),
    );
    expect(c).toMatchObject({
      total: 7,
      replied: 6,
      onTime: 5,
      onTimeRate: 83.3,
      byClass: { A: 4, B: 1, C: 1 },
      resolvedRate: 66.7,
      rated: 3,
      satisfactionRate: 66.7,
    });
    expect(countsOf(row({ replied: 8, on_time: 1 })).onTimeRate).toBe(12.5);
  });

  it("counts an overdue, unanswered suggestion against the on-time rate", () => {
    // 4 replied, all on time, 1 past its due date without a reply: 4 / 5, not 100%.
    const c = countsOf(row({ total: 6, replied: 4, on_time: 4, overdue: 1, overdue_unanswered: 1, in_hand: 2 }));
    expect(c).toMatchObject({ onTime: 4, overdueUnanswered: 1, onTimeRate: 80 });
    // Nothing replied yet but one overdue: 0%, not "no rate".
    expect(countsOf(row({ total: 2, overdue: 1, overdue_unanswered: 1 })).onTimeRate).toBe(0);
  });

  it("has no rates when there is nothing to divide by", () => {
    expect(countsOf(row({ total: 3 }))).toMatchObject({ onTimeRate: null, resolvedRate: null, satisfactionRate: null });
  });

  it("reads PostgreSQL's bigint counts", () => {
    expect(
      countsOf({ ...row(), total: 5n, replied: 4n, on_time: 4n, rated: 2n, satisfied: 2n } as CountRow),
    ).toMatchObject({ total: 5, onTimeRate: 100, satisfactionRate: 100 });
  });
});

describe("suggestionReportText", () => {
  const text = reportPlainText(suggestionReportText(input()));

  it("titles the report after the year and the session it goes to", () => {
    const r = suggestionReportText(input());
    expect(r.title).toBe("关于2026年代表建议办理情况的报告");
    expect(r.subtitle).toBe("——在青山镇第十七届人民代表大会第三次会议上");
    expect(r.signature).toBe("青山镇人民代表大会主席团");
    expect(r.date).toBe("2026年12月20日");
    expect(r.sections.map((s) => s.heading)).toEqual([
      "一、基本情况",
      "二、办理情况",
      "三、代表反映的主要问题",
      "四、主要做法",
      "五、存在的不足",
      "六、下一步工作",
    ]);
  });

  it("states every figure from the records", () => {
    expect(text).toContain(
      "2026年，代表共提出建议、批评和意见20件。按内容分：农业农村8件，占40%；城乡建设7件，占35%；教育5件，占25%。",
    );
    expect(text).not.toContain("经济建设0件");
    expect(text).toContain("已交办18件，交由3个单位主办，连同协办单位共4个单位承办；尚未交办2件");
    expect(text).toContain(
      "截至2026年12月20日，已交办的18件建议中，承办单位已答复15件，答复率83.3%，尚未答复3件。其中在规定期限内答复12件，按时答复率80%。",
    );
    expect(text).toContain(
      "A类（已解决或基本解决）9件，占60%；B类（列入计划逐步解决）4件，占26.7%；C类（因条件限制需以后解决）2件，占13.3%。",
    );
    expect(text).toContain("代表对答复已评价10件，其中满意6件、基本满意3件、不满意1件，满意率90%");
    expect(text).toContain("共有2件退回重新办理，计3次，目前仍在重新办理的1件。");
    expect(text).toContain("提交延办反馈书延期办理的1件；超过办理期限尚未答复的2件");
    expect(text).toContain("民政办\t6\t5\t3\t60%\t3\t66.7%\t2");
    expect(text).toContain(
      "（一）农业农村方面（8件）。主要涉及：关于修缮清水村便民桥的建议；关于加强农田水利建设的建议等。",
    );
    expect(text).toContain("（二）城乡建设方面（7件）。主要涉及：关于修复村道路灯的建议等。");
    expect(text).toContain("一是个别单位办理不够及时，仍有2件建议超过办理期限未答复。");
    expect(text).toContain("二是受资金、政策等条件限制，列入计划逐步解决和需以后解决的建议共6件");
  });

  it("changes its numbers when the records change", () => {
    const better = reportPlainText(
      suggestionReportText(
        input({
          figures: figures({
            ...countsOf(
              row({ total: 20, replied: 18, on_time: 18, class_a: 18, rated: 18, satisfied: 18, in_hand: 0 }),
            ),
            unassigned: 2,
          }),
        }),
      ),
    );
    expect(better).toContain("承办单位已答复18件，答复率100%。其中在规定期限内答复18件，按时答复率100%。");
    expect(better).toContain("满意18件、基本满意0件、不满意0件，满意率100%");
    expect(better).toContain("没有代表不满意、退回重新办理的建议。");
    expect(better).toContain("没有超过办理期限未答复的建议。");
    expect(better).not.toContain("超过办理期限未答复。");
    expect(better).toContain("一是一些建议重答复、轻落实的现象仍不同程度存在");
  });

  it("tells of the overdue, unanswered ones that lower the on-time rate", () => {
    const counts = countsOf(row({ total: 10, replied: 6, on_time: 6, overdue: 2, overdue_unanswered: 2, in_hand: 4 }));
    const t = reportPlainText(
      suggestionReportText(input({ figures: figures({ ...counts, unassigned: 0, units: [] }) })),
    );
    expect(t).toContain("其中在规定期限内答复6件，另有2件已过期限尚未答复，按时答复率75%。");
  });

  it("any counts: the totals and rates in the text are those of the figures", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.nat(), fc.nat(), fc.nat(), fc.nat(), (total, a, b, c, d) => {
        const replied = a % (total + 1);
        const onTime = b % (replied + 1);
        const rated = c % (replied + 1);
        const satisfied = d % (rated + 1);
        const counts = countsOf(row({ total, replied, on_time: onTime, class_a: replied, rated, satisfied }));
        const t = reportPlainText(
          suggestionReportText(input({ figures: figures({ ...counts, unassigned: 0, units: [] }) })),
        );
        expect(t).toContain(`共提出建议、批评和意见${total}件`);
        expect(t).toContain(`已答复${replied}件`);
        if (replied > 0) expect(t).toContain(`在规定期限内答复${onTime}件，按时答复率${counts.onTimeRate}%`);
        if (replied > 0) expect(t).not.toContain("已过期限尚未答复");
        if (rated > 0)
          expect(t).toContain(
            `已评价${rated}件，其中满意${satisfied}件、基本满意0件、不满意0件，满意率${counts.satisfactionRate}%`,
          );
      }),
      { numRuns: 200 },
    );
  });

  it("a session's report, and one with nothing yet, and the session it goes to not yet in the records", () => {
    const r = suggestionReportText(
      input({
        scope: { kind: "SESSION", termNumber: 17, number: 2 },
        nextSession: null,
        figures: figures({
          ...countsOf(row()),
          unassigned: 0,
          leadUnits: 0,
          allUnits: 0,
          byCategory: [],
          units: [],
          onAgenda: 1,
        }),
        issues: [],
      }),
    );
    expect(r.title).toBe("关于青山镇第十七届人民代表大会第二次会议代表建议办理情况的报告");
    expect(r.subtitle).toBe("——在青山镇第×届人民代表大会第×次会议上");
    const t = reportPlainText(r);
    expect(t).toContain(
      "青山镇第十七届人民代表大会第二次会议期间，代表未提出需交有关单位办理的建议、批评和意见。另有1件议案经主席团决定列入会议议程",
    );
    expect(t).toContain("建议尚未交办，暂无办理情况。");
    expect(t).not.toMatch(/NaN|undefined|null/);
  });

  it("the recess", () => {
    expect(suggestionReportText(input({ scope: { kind: "RECESS" } })).title).toBe(
      "关于2026年闭会期间代表建议办理情况的报告",
    );
  });
});

import { describe, expect, it } from "vitest";
import type { SuggestionFigures } from "@/lib/suggestions/public";
import type { SupervisionYearFigures } from "@/lib/supervision/public";
import type { PetitionYearFigures } from "@/lib/petitions/public";
import type { TrainingYearFigures } from "@/lib/training/public";
import type { GroupActivityYearFigures } from "@/lib/group-activities/public";
import {
  groupActivitiesByQuarter,
  petitionsByCategory,
  petitionsByOutcome,
  sixOneCompletion,
  suggestionsByClass,
  suggestionsByState,
  suggestionsByUnit,
  supervisionPolls,
  trainingsByKind,
  unitRates,
} from "@/lib/dashboard/charts";
import { listHref, sixOneSummary } from "@/lib/dashboard/links";

// Hand-made figures: only the fields the builders read.
const U1 = "11111111-1111-4111-8111-111111111111";
const U2 = "22222222-2222-4222-8222-222222222222";
const suggestions = {
  year: 2026,
  byState: { ASSIGNED: 3, REPLIED: 2, CLOSED: 5 },
  byClass: { A: 4, B: 2, C: 1 },
  units: [
    { id: U1, name: "民政办", total: 6, onTimeRate: 80, satisfactionRate: 100 },
    { id: U2, name: "交通办", total: 4, onTimeRate: null, satisfactionRate: 50 },
  ],
} as unknown as SuggestionFigures;

describe("the dashboard's suggestion charts", () => {
  it("by state: only the states with suggestions, in the state order, each opening the counted list of that state", () => {
    const c = suggestionsByState(suggestions);
    expect(c.categories).toEqual(["已交办", "已答复", "已办结"]);
    expect(c.series[0].values).toEqual([3, 2, 5]);
    expect(c.series[0].hrefs).toEqual([
      "/suggestions?year=2026&counted=true&state=ASSIGNED",
      "/suggestions?year=2026&counted=true&state=REPLIED",
      "/suggestions?year=2026&counted=true&state=CLOSED",
    ]);
  });

  it("by reply class: A, B and C with the list filtered by the latest reply's class", () => {
    const c = suggestionsByClass(suggestions);
    expect(c.kind).toBe("pie");
    expect(c.series[0].values).toEqual([4, 2, 1]);
    expect(c.series[0].hrefs[1]).toBe("/suggestions?year=2026&counted=true&replyClass=B");
  });

  it("by lead unit and the units' rates: the lead unit's list, a missing rate stays null", () => {
    const byUnit = suggestionsByUnit(suggestions);
    expect(byUnit.categories).toEqual(["民政办", "交通办"]);
    expect(byUnit.series[0].values).toEqual([6, 4]);
    expect(byUnit.series[0].hrefs[0]).toBe(`/suggestions?year=2026&counted=true&leadUnitId=${U1}`);
    const rates = unitRates(suggestions);
    expect(rates.max).toBe(100);
    expect(rates.series.map((s) => [s.name, s.values])).toEqual([
      ["按时答复率", [80, null]],
      ["满意率", [100, 50]],
    ]);
    expect(rates.series[1].hrefs[1]).toBe(`/suggestions?year=2026&counted=true&leadUnitId=${U2}`);
  });
});

describe("the other modules' charts", () => {
  it("supervision polls: each evaluated unit's rate, the re-poll as a second series, each opening its poll row", () => {
    const f = {
      rules: { rate: "满意率规则" },
      evaluated: [
        { activityId: "a1", targetId: "t1", name: "民政办", round1: { rate: 90 }, round2: null },
        { activityId: "a2", targetId: "t2", name: "张三（副镇长）", round1: { rate: 70 }, round2: { rate: 95 } },
        { activityId: "a3", targetId: "t3", name: "未测评单位", round1: null, round2: null },
      ],
    } as unknown as SupervisionYearFigures;
    const c = supervisionPolls(f);
    expect(c.categories).toEqual(["民政办", "张三（副镇长）"]);
    expect(c.series.map((s) => s.values)).toEqual([
      [90, 70],
      [null, 95],
    ]);
    // Each bar opens its unit's poll row of that round on the activity's page.
    expect(c.series[0].hrefs).toEqual(["/supervision/a1#poll-t1-1", "/supervision/a2#poll-t2-1"]);
    expect(c.series[1].hrefs).toEqual(["/supervision/a1#poll-t1-2", "/supervision/a2#poll-t2-2"]);
    expect(supervisionPolls({ ...f, evaluated: [f.evaluated[0]] }).series).toHaveLength(1);
  });

  it("petitions by category and by outcome: resolved, closed unresolved and open add up to the received", () => {
    const tally = (received: number, closed = 0, resolved = 0) => ({ received, closed, resolved });
    const f = {
      year: 2025,
      rules: { resolved: "解决规则" },
      total: tally(10, 6, 4),
      byCategory: [
        { key: "ACCUSATION", label: "检举控告类", tally: tally(3) },
        { key: "APPEAL_CLAIM", label: "申诉求决类", tally: tally(7) },
      ],
    } as unknown as PetitionYearFigures;
    const cat = petitionsByCategory(f);
    expect(cat.series[0].values).toEqual([3, 7]);
    expect(cat.series[0].hrefs[0]).toBe("/petitions?year=2025&category=ACCUSATION");
    const out = petitionsByOutcome(f);
    expect(out.categories).toEqual(["办结并解决", "办结未解决", "办理中"]);
    expect(out.series[0].values).toEqual([4, 2, 4]);
    expect(out.series[0].hrefs).toEqual([
      "/petitions?year=2025&outcome=resolved",
      "/petitions?year=2025&outcome=unresolved",
      "/petitions?year=2025&outcome=open",
    ]);
  });

  it("trainings by kind open the held trainings of that kind; group activities sum the groups per quarter", () => {
    const t = {
      year: 2026,
      rules: { held: "已举办规则" },
      byKind: [
        { kind: "INITIAL", label: "初任培训", held: 1 },
        { kind: "THEMATIC", label: "专题培训", held: 2 },
      ],
    } as unknown as TrainingYearFigures;
    expect(trainingsByKind(t).series[0].hrefs[1]).toBe("/training?year=2026&kind=THEMATIC&held=true");
    const g = {
      year: 2026,
      rules: { counted: "按活动日期" },
      groups: [{ byQuarter: [1, 0, 2, 0] }, { byQuarter: [1, 1, 0, 3] }],
    } as unknown as GroupActivityYearFigures;
    const q = groupActivitiesByQuarter(g);
    expect(q.categories).toEqual(["第一季度", "第二季度", "第三季度", "第四季度"]);
    expect(q.series[0].values).toEqual([2, 1, 2, 3]);
    expect(q.series[0].hrefs[3]).toBe("/groups/activities?year=2026&quarter=4");
  });

  it("六个一: per line the deputies who met it, and those who met all six", () => {
    const line = (key: string, label: string, met: boolean) => ({ key, label, met, target: 1, done: met ? 1 : 0 });
    const cards = [
      { complete: false, lines: [line("voters", "联系选民", true), line("suggestions", "提出有价值的建议", false)] },
      { complete: true, lines: [line("voters", "联系选民", true), line("suggestions", "提出有价值的建议", true)] },
      { complete: false, lines: [line("voters", "联系选民", false), line("suggestions", "提出有价值的建议", false)] },
    ] as unknown as Parameters<typeof sixOneSummary>[0];
    const s = sixOneSummary(cards, 2026, "规则");
    expect(s).toMatchObject({ deputies: 3, complete: 1 });
    expect(s.lines.map((l) => [l.key, l.met, l.href])).toEqual([
      ["voters", 2, "/duties?year=2026&state=VERIFIED&kind=VOTER_CONTACT"],
      ["suggestions", 1, "/suggestions?year=2026&valuable=true"],
    ]);
    const c = sixOneCompletion(s);
    expect(c.categories).toEqual(["联系选民", "提出有价值的建议", "六项全部完成"]);
    expect(c.series[0].values).toEqual([2, 1, 1]);
    expect(c.max).toBe(3);
    expect(sixOneSummary([], 2026, "规则")).toMatchObject({ deputies: 0, complete: 0, lines: [] });
  });
});

describe("listHref", () => {
  it("keeps the given order and leaves out empty values", () => {
    expect(listHref("/x", { year: 2026, a: "", b: null, c: undefined, d: "v w" })).toBe("/x?year=2026&d=v+w");
    expect(listHref("/x", {})).toBe("/x");
  });
});

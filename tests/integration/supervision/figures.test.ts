// The year's supervision figures against a hand-counted fixture, the year's table (.xlsx, print setup) and an
// activity's report (.docx, GB/T 9704), with their routes' roles.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { supervisionYearFigures } from "@/lib/supervision/public";
import { GET as figuresRoute } from "@/app/api/v1/supervision/figures/route";
import { GET as tableRoute } from "@/app/api/v1/supervision/figures/table/route";
import { GET as reportRoute } from "@/app/api/v1/supervision/[id]/report/route";
import { officialDocxProblems } from "@/lib/docx/conformance";
import { inspectDocx } from "@/lib/docx/inspect";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { parseDay } from "@/lib/time/day";
import { createUnit, params, request, townshipWithRoles } from "@/tests/factories";
import type { SupervisionKind, SupervisionState } from "@/lib/generated/prisma/enums";

const TODAY = parseDay("2026-12-10");

/**
 * The fixture, counted by hand:
 * - 2026, counted (not draft): 工作评议 (concluded), 述职评议 (under way), 执法检查 (concluded), the poll on
 *   suggestion handling (concluded) → 4 activities, 3 concluded. Not counted: a draft 视察 of 2026, a 2025
 *   hearing, another township's evaluation.
 * - 民政办: paper 10/3/1 + 1 spoiled, online 2 满意 + 1 不满意 → 12/3/2, valid 17, (12+3)/17 = 88%;
 *   再测评 paper 14/2/1 → 16/17 = 94%. 计生办: paper 16/1/0 → 17/17 = 100%. 张站长 (述职): 5/2/3 → 7/10 = 70%.
 *   Suggestion handling: 19/1/1 → 20/21 = 95%.
 * - Opinions: 5, of which 4 sent, each sent one a task:
 *   T1 accepted (first report 11-20, due 11-30: on time); T2 reported 12-02, due 11-30 (late, under review);
 *   T3 no report, due 12-05 (overdue on 12-10); T4 returned (first report 12-01, due 12-31: on time, pending).
 *   On-time rate: 2 on time ÷ (3 with a report + 1 overdue without) = 50%.
 * - Suggestions raised from the inspection: 2.
 */
async function fixture() {
  const w = await townshipWithRoles("统计镇");
  const tid = w.township.id;
  const civil = w.unit; // 民政办
  const family = await createUnit(tid, "计生办");
  const activity = (kind: SupervisionKind, state: SupervisionState, title: string, year = 2026, townshipId = tid) =>
    db.supervisionActivity.create({
      data: { townshipId, termId: w.term.id, year, kind, state, title, startDate: parseDay(`${year}-10-01`) },
    });
  const evaluation = await activity("WORK_EVALUATION", "CONCLUDED", "2026年度站所工作评议");
  const duty = await activity("DUTY_EVALUATION", "UNDER_WAY", "站长述职评议");
  const inspection = await activity("LAW_INSPECTION", "CONCLUDED", "《中华人民共和国农产品质量安全法》执法检查");
  const handling = await activity("SUGGESTION_HANDLING_POLL", "CONCLUDED", "建议办理满意度测评");
  await activity("SITE_VISIT", "DRAFT", "会前视察（草稿）");
  await activity("REPORT_HEARING", "APPROVED", "去年的报告审议", 2025);
  const other = await townshipWithRoles("别的镇");
  const foreign = await db.supervisionActivity.create({
    data: {
      townshipId: other.township.id,
      termId: other.term.id,
      year: 2026,
      kind: "WORK_EVALUATION",
      state: "CONCLUDED",
      title: "别的镇评议",
      startDate: parseDay("2026-10-01"),
    },
  });
  await db.supervisionPoll.create({
    data: { townshipId: other.township.id, activityId: foreign.id, paperSatisfied: 1 },
  });

  const target = (activityId: string, position: number, o: { unitId?: string; officialName?: string }) =>
    db.supervisionTarget.create({ data: { townshipId: tid, activityId, position, ...o } });
  const tCivil = await target(evaluation.id, 1, { unitId: civil.id });
  const tFamily = await target(evaluation.id, 2, { unitId: family.id });
  const tOfficial = await target(duty.id, 1, { officialName: "张站长" });
  const poll = (activityId: string, targetId: string | null, round: number, p: [number, number, number, number]) =>
    db.supervisionPoll.create({
      data: {
        townshipId: tid,
        activityId,
        targetId,
        round,
        paperSatisfied: p[0],
        paperBasic: p[1],
        paperUnsatisfied: p[2],
        paperInvalid: p[3],
      },
    });
  const civil1 = await poll(evaluation.id, tCivil.id, 1, [10, 3, 1, 1]);
  await db.supervisionBallot.createMany({
    data: (["SATISFIED", "SATISFIED", "UNSATISFIED"] as const).map((choice) => ({
      townshipId: tid,
      pollId: civil1.id,
      choice,
    })),
  });
  await poll(evaluation.id, tCivil.id, 2, [14, 2, 1, 0]);
  await poll(evaluation.id, tFamily.id, 1, [16, 1, 0, 0]);
  await poll(duty.id, tOfficial.id, 1, [5, 2, 3, 0]);
  await poll(handling.id, null, 1, [19, 1, 1, 0]);

  const sent = parseDay("2026-11-01");
  const tasks: [string, string, string, "ACCEPTED" | "REPORTED" | "ASSIGNED" | "RETURNED", string[]][] = [
    [evaluation.id, civil.id, "2026-11-30", "ACCEPTED", ["2026-11-25", "2026-11-20"]],
    [evaluation.id, family.id, "2026-11-30", "REPORTED", ["2026-12-02"]],
    [inspection.id, civil.id, "2026-12-05", "ASSIGNED", []],
    [inspection.id, family.id, "2026-12-31", "RETURNED", ["2026-12-01"]],
  ];
  for (const [i, [activityId, unitId, due, state, reports]] of tasks.entries()) {
    const opinion = await db.reviewOpinion.create({
      data: {
        townshipId: tid,
        activityId,
        unitId,
        text: `意见${i + 1}`,
        dueDate: parseDay(due),
        sentOn: sent,
        position: i,
      },
    });
    const task = await db.rectificationTask.create({
      data: {
        townshipId: tid,
        activityId,
        opinionId: opinion.id,
        unitId,
        number: `整改2026-00${i + 1}`,
        assignedOn: sent,
        dueDate: parseDay(due),
        state,
      },
    });
    for (const day of reports)
      await db.rectificationReport.create({
        data: { townshipId: tid, taskId: task.id, text: "整改报告", submittedOn: parseDay(day) },
      });
  }
  await db.reviewOpinion.create({
    data: {
      townshipId: tid,
      activityId: evaluation.id,
      unitId: civil.id,
      text: "未送达的意见",
      dueDate: parseDay("2027-01-31"),
    },
  });
  const category = await db.suggestionCategory.create({ data: { townshipId: tid, name: "城乡建设", position: 1 } });
  for (const title of ["市场快检室建设", "规范摊位台账"]) {
    const s = await db.suggestion.create({
      data: { townshipId: tid, title, content: title, categoryId: category.id, year: 2026 },
    });
    await db.supervisionSuggestion.create({ data: { townshipId: tid, activityId: inspection.id, suggestionId: s.id } });
  }
  return { ...w, family, evaluation, inspection };
}

describe("supervision year figures", () => {
  it("count each number of a hand-counted year", async () => {
    const w = await fixture();
    const f = await supervisionYearFigures(db, w.township.id, 2026, { today: TODAY });
    expect(f.activities.total).toBe(4);
    expect(f.activities.concluded).toBe(3);
    expect(f.activities.byKind.map((k) => [k.kind, k.total, k.concluded])).toEqual([
      ["WORK_EVALUATION", 1, 1],
      ["DUTY_EVALUATION", 1, 0],
      ["LAW_INSPECTION", 1, 1],
      ["SUGGESTION_HANDLING_POLL", 1, 1],
    ]);
    expect(f.evaluated.map((e) => [e.name, e.round1?.figures, e.round2?.figures ?? null])).toEqual([
      ["民政办", "15/17 = 88%", "16/17 = 94%"],
      ["计生办", "17/17 = 100%", null],
      ["张站长", "7/10 = 70%", null],
    ]);
    expect(f.evaluated[0]!.round1!.tally).toEqual({ satisfied: 12, basic: 3, unsatisfied: 2, invalid: 1 });
    expect(f.suggestionHandling).toMatchObject({ rate: 95, figures: "20/21 = 95%" });
    expect(f.opinions).toEqual({ total: 5, sent: 4 });
    expect(f.rectifications).toEqual({
      total: 4,
      accepted: 1,
      underReview: 1,
      onTime: 2,
      late: 1,
      overdue: 1,
      pending: 1,
      due: 4,
      onTimeRate: 50,
      // Per unit, in the order of the name: 计生办 T2 late, T4 on time (pending again after the return);
      // 民政办 T1 on time, T3 overdue with no report.
      byUnit: [
        {
          unitId: w.family.id,
          unit: "计生办",
          total: 2,
          accepted: 0,
          underReview: 1,
          onTime: 1,
          late: 1,
          overdue: 0,
          pending: 1,
          due: 2,
          onTimeRate: 50,
        },
        {
          unitId: w.unit.id,
          unit: "民政办",
          total: 2,
          accepted: 1,
          underReview: 0,
          onTime: 1,
          late: 0,
          overdue: 1,
          pending: 0,
          due: 2,
          onTimeRate: 50,
        },
      ],
    });
    expect(f.suggestions).toBe(2);
    expect(f.rules.rate).toContain("（“满意”票数 +“基本满意”票数）÷ 有效票数");

    // The setting that counts 满意 only: 民政办 12/17 = 71%.
    await db.setting.upsert({
      where: { key: "supervision.rateCountsSatisfiedOnly" },
      create: { key: "supervision.rateCountsSatisfiedOnly", value: 1 },
      update: { value: 1 },
    });
    const { clearSettingsCache } = await import("@/lib/settings");
    clearSettingsCache();
    try {
      const only = await supervisionYearFigures(db, w.township.id, 2026, { today: TODAY });
      expect(only.evaluated[0]!.round1!.figures).toBe("12/17 = 71%");
      expect(only.rules.rate).toContain("只计“满意”");
    } finally {
      await db.setting.delete({ where: { key: "supervision.rateCountsSatisfiedOnly" } });
      clearSettingsCache();
    }
  });

  it("serves the figures, the year's table and an activity's report to the office, chair and presidium only", async () => {
    const w = await fixture();
    await db.township.update({ where: { id: w.township.id }, data: { name: "清水镇" } });
    for (const role of ["DEPUTY", "UNIT"] as const) {
      const cookie = w.sessions[role].cookie;
      expect((await figuresRoute(request("/api/v1/supervision/figures?year=2026", { cookie }))).status).toBe(403);
      expect((await tableRoute(request("/api/v1/supervision/figures/table?year=2026", { cookie }))).status).toBe(403);
    }
    const bad = await figuresRoute(
      request("/api/v1/supervision/figures?year=abc", { cookie: w.sessions.CHAIR.cookie }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.year).toMatch(/^年度：/);
    const ok = await figuresRoute(
      request("/api/v1/supervision/figures?year=2026", { cookie: w.sessions.PRESIDIUM.cookie }),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).activities.total).toBe(4);

    const table = await tableRoute(
      request("/api/v1/supervision/figures/table?year=2026", { cookie: w.sessions.OFFICE.cookie }),
    );
    expect(table.status).toBe(200);
    const xlsx = Buffer.from(await table.arrayBuffer());
    expect(await printSetupProblems(xlsx)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("监督活动")!;
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.getCell("A1").value).toBe("清水镇2026年度人大监督工作统计表");
    const rows = sheet
      .getSheetValues()
      .slice(4)
      .map((r) => (r as unknown[])?.slice(1, 4));
    expect(rows.map((r) => r?.[2])).toEqual([
      "2026年度站所工作评议",
      "站长述职评议",
      "《中华人民共和国农产品质量安全法》执法检查",
      "建议办理满意度测评",
    ]);
    const units = wb.getWorksheet("测评结果")!;
    expect(units.getCell("G4").value).toBe("15/17 = 88%");
    expect(units.getCell("H4").value).toBe("16/17 = 94%");

    const res = await reportRoute(
      request(`/api/v1/supervision/${w.evaluation.id}/report`, { cookie: w.sessions.CHAIR.cookie }),
      params({ id: w.evaluation.id }),
    );
    expect(res.status).toBe(200);
    const docx = Buffer.from(await res.arrayBuffer());
    expect(await officialDocxProblems(docx)).toEqual([]);
    const d = await inspectDocx(docx);
    const text = d.paragraphs.map((p) => p.text);
    expect(text[0]).toBe("关于2026年度站所工作评议情况的报告");
    expect(text).toContain("二、民主测评结果");
    expect(d.tables).toHaveLength(1);
    for (const row of ["民政办", "计生办"]) expect(JSON.stringify(d)).toContain(row);
    expect(text.some((t) => t.includes("民政办：意见1"))).toBe(true);
    const foreign = await reportRoute(
      request(`/api/v1/supervision/${w.evaluation.id}/report`, {
        cookie: (await townshipWithRoles()).sessions.OFFICE.cookie,
      }),
      params({ id: w.evaluation.id }),
    );
    expect(foreign.status).toBe(404);
  });
});

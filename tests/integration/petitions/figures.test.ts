// The year's petition figures against a hand-counted fixture, the year's table (.xlsx, print setup) and the
// routes' roles. The fixture is written with the Prisma client: the registration and handling services were not
// on main when this was written; the figures read only the columns those services set.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { petitionYearFigures } from "@/lib/petitions/figures";
import { GET as figuresRoute } from "@/app/api/v1/petitions/figures/route";
import { GET as tableRoute } from "@/app/api/v1/petitions/figures/table/route";
import { GET as listRoute } from "@/app/api/v1/petitions/route";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { parseDay } from "@/lib/time/day";
import { createUnit, request, townshipWithRoles } from "@/tests/factories";
import type { Prisma } from "@/lib/generated/prisma/client";

const TODAY = parseDay("2026-12-10");
const d = (s: string | undefined) => (s ? parseDay(s) : undefined);

type Case = Omit<
  Prisma.PetitionUncheckedCreateInput,
  | "townshipId"
  | "content"
  | "receivedOn"
  | "notifiedOn"
  | "acceptedOn"
  | "dueDate"
  | "closedOn"
  | "reportedOn"
  | "sourceDocDate"
> & {
  received: string;
  notified?: string;
  accepted?: string;
  due?: string;
  closed?: string;
  reported?: string;
  docDate?: string;
  lead?: string;
};

/**
 * The fixture, counted by hand (today 2026-12-10; the notice is due 15 days after receipt):
 * P1 来信 申诉求决 01-10, told 01-20 (in time), accepted, due 03-13, closed 03-01 resolved — 民政办.
 * P2 来访 申诉求决 03-01, told 03-20 (late: due 03-16), accepted, due 05-31 (extended), closed 06-05 (late),
 *    not resolved — 民政办.
 * P3 来电 建议意见 11-20, not told (due 12-05: overdue), registered.
 * P4 网上 检举控告 12-01, anonymous: no notice owed, registered.
 * P5 来访 申诉求决 05-10 (涉法涉诉), told 05-12, forwarded to 派出所 with a deadline 06-10, closed 06-05 resolved.
 * P6 上级转办 申诉求决 04-03, told 04-10, accepted, due 06-02, reported 05-20, closed 05-25 resolved — 国土所.
 * P7 上级转办 建议意见 09-01, told 09-05, accepted, due 11-01, still with 国土所 (overdue); 民政办 objected and
 *    returned it (inactive assignment: not counted for 民政办).
 * P8 来信 建议意见 11-01, told 11-10 to go to the competent body, closed 11-10.
 * P9 来信 申诉求决 12-01, told 12-03, accepted, due 2027-02-01, with 民政办 (pending).
 * Not counted: a petition received 2025-12-30, another township's 2026 petition.
 * → received 9; accepted 5 (P1 P2 P6 P7 P9), forwarded 1, redirected 1; closed 5 (P1 P2 P5 P6 P8), resolved 3
 *   (P1 P5 P6); notice: 8 owed, in time 6, late 1, overdue 1 → 6/8 = 75%; handling (P1 P2 P5 P6 P7 P9):
 *   on time 3 (P1 P5 P6), late 1 (P2), overdue 1 (P7), pending 1 (P9) → 3/5 = 60%.
 */
async function fixture() {
  const w = await townshipWithRoles("统计镇");
  const tid = w.township.id;
  const civil = w.unit; // 民政办
  const land = await createUnit(tid, "国土所");
  const make = async (townshipId: string, c: Case) => {
    const { received, notified, accepted, due, closed, reported, docDate, lead, ...rest } = c;
    const p = await db.petition.create({
      data: {
        townshipId,
        content: rest.subject,
        ...rest,
        receivedOn: parseDay(received),
        notifiedOn: d(notified),
        acceptedOn: d(accepted),
        dueDate: d(due),
        closedOn: d(closed),
        reportedOn: d(reported),
        sourceDocDate: d(docDate),
      },
    });
    const unit = lead === "国土所" ? land : lead === "民政办" ? civil : null;
    if (unit)
      await db.petitionAssignment.create({
        data: { townshipId, petitionId: p.id, unitId: unit.id, lead: true, assignedOn: p.acceptedOn ?? p.receivedOn },
      });
    return p;
  };
  const t = (c: Case) => make(tid, c);
  const accepted = { intake: "ACCEPT" as const };
  await t({
    number: "信访2026-001",
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    subject: "P1",
    received: "2026-01-10",
    notified: "2026-01-20",
    ...accepted,
    accepted: "2026-01-12",
    due: "2026-03-13",
    closed: "2026-03-01",
    state: "CLOSED",
    resolved: true,
    lead: "民政办",
  });
  await t({
    number: "信访2026-002",
    channel: "VISIT",
    category: "APPEAL_CLAIM",
    subject: "P2",
    received: "2026-03-01",
    notified: "2026-03-20",
    ...accepted,
    accepted: "2026-03-02",
    due: "2026-05-31",
    extensionDays: 30,
    closed: "2026-06-05",
    state: "CLOSED",
    resolved: false,
    lead: "民政办",
  });
  await t({ channel: "PHONE", category: "SUGGESTION_OPINION", subject: "P3", received: "2026-11-20" });
  await t({
    channel: "ONLINE",
    category: "ACCUSATION",
    subject: "P4",
    received: "2026-12-01",
    noticeWaivedReason: "匿名来信，无法告知",
  });
  await t({
    number: "信访2026-005",
    channel: "VISIT",
    category: "APPEAL_CLAIM",
    subject: "P5",
    received: "2026-05-10",
    notified: "2026-05-12",
    intake: "FORWARD",
    forwardedTo: "清水派出所",
    due: "2026-06-10",
    closed: "2026-06-05",
    state: "CLOSED",
    resolved: true,
  });
  await t({
    number: "信访2026-006",
    channel: "COUNTY_TRANSFER",
    sourceDocNo: "县人大信转〔2026〕3号",
    docDate: "2026-04-01",
    category: "APPEAL_CLAIM",
    subject: "P6",
    received: "2026-04-03",
    notified: "2026-04-10",
    ...accepted,
    accepted: "2026-04-03",
    due: "2026-06-02",
    reported: "2026-05-20",
    reportNumber: "清人大报〔2026〕2号",
    closed: "2026-05-25",
    state: "CLOSED",
    resolved: true,
    lead: "国土所",
  });
  const p7 = await t({
    number: "信访2026-007",
    channel: "COUNTY_TRANSFER",
    sourceDocNo: "县人大信转〔2026〕9号",
    docDate: "2026-08-28",
    category: "SUGGESTION_OPINION",
    subject: "P7",
    received: "2026-09-01",
    notified: "2026-09-05",
    ...accepted,
    accepted: "2026-09-02",
    due: "2026-11-01",
    state: "TRANSFERRED",
    lead: "国土所",
  });
  await db.petitionAssignment.create({
    data: {
      townshipId: tid,
      petitionId: p7.id,
      unitId: civil.id,
      lead: true,
      assignedOn: parseDay("2026-09-02"),
      returnedOn: parseDay("2026-09-04"),
      returnReason: "不属本单位职责",
      active: false,
    },
  });
  await t({
    channel: "LETTER",
    category: "SUGGESTION_OPINION",
    subject: "P8",
    received: "2026-11-01",
    notified: "2026-11-10",
    intake: "REDIRECT",
    closed: "2026-11-10",
    state: "CLOSED",
  });
  await t({
    number: "信访2026-009",
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    subject: "P9",
    received: "2026-12-01",
    notified: "2026-12-03",
    ...accepted,
    accepted: "2026-12-03",
    due: "2027-02-01",
    state: "TRANSFERRED",
    lead: "民政办",
  });
  await t({ channel: "LETTER", category: "APPEAL_CLAIM", subject: "去年的", received: "2025-12-30" });
  const other = await townshipWithRoles("别的镇");
  await make(other.township.id, {
    channel: "LETTER",
    category: "APPEAL_CLAIM",
    subject: "别的镇",
    received: "2026-06-01",
  });
  return w;
}

/** The list's subjects for a query (as the office sees it). */
async function listed(cookie: string, qs: string) {
  const res = await listRoute(request(`/api/v1/petitions?pageSize=100&${qs}`, { cookie }));
  expect(res.status).toBe(200);
  const body = (await res.json()) as { total: number; items: { subject: string }[] };
  return { total: body.total, subjects: body.items.map((i) => i.subject).sort() };
}

describe("petition year figures", () => {
  it("the on-time rate opens exactly its cases: the list's handling=base|ontime, the township's and a lead unit's", async () => {
    const w = await fixture();
    const cookie = w.sessions.OFFICE.cookie;
    // Today, as the list reads it: P9 (due 2027-02-01) joins the base once its due day has passed.
    const f = await petitionYearFigures(db, w.township.id, 2026);
    const base = await listed(cookie, "year=2026&handling=base");
    expect(base.total).toBe(f.total.handling.onTime + f.total.handling.late + f.total.handling.overdue);
    expect(base.subjects).toEqual(expect.arrayContaining(["P1", "P2", "P5", "P6", "P7"]));
    const onTime = await listed(cookie, "year=2026&handling=ontime");
    expect(onTime).toEqual({ total: f.total.handling.onTime, subjects: ["P1", "P5", "P6"] });

    // 民政办 leads P1 (on time), P2 (late) and P9 (pending); P7's return to it is inactive and not counted.
    const civil = f.byUnit.find((g) => g.key === "民政办")!.tally.handling;
    const mine = await listed(cookie, `year=2026&leadUnitId=${w.unit.id}&handling=base`);
    expect(mine.total).toBe(civil.onTime + civil.late + civil.overdue);
    expect(mine.subjects).toEqual(expect.arrayContaining(["P1", "P2"]));
    expect(mine.subjects).not.toContain("P7");
    expect(await listed(cookie, `year=2026&leadUnitId=${w.unit.id}&handling=ontime`)).toEqual({
      total: civil.onTime,
      subjects: ["P1"],
    });

    const bad = await listRoute(request("/api/v1/petitions?handling=late", { cookie }));
    expect(bad.status).toBe(400);
  });

  it("count each number of a hand-counted year", async () => {
    const w = await fixture();
    const f = await petitionYearFigures(db, w.township.id, 2026, { today: TODAY });
    expect(f.total).toEqual({
      received: 9,
      accepted: 5,
      forwarded: 1,
      redirected: 1,
      closed: 5,
      resolved: 3,
      notice: { onTime: 6, late: 1, overdue: 1, pending: 0, waived: 1, rate: 75 },
      handling: { onTime: 3, late: 1, overdue: 1, pending: 1, rate: 60 },
    });
    expect(f.byChannel.map((g) => [g.label, g.tally.received])).toEqual([
      ["来信", 3],
      ["来访", 2],
      ["来电", 1],
      ["网上信访", 1],
      ["上级人大转办", 2],
    ]);
    expect(f.byCategory.map((g) => [g.label, g.tally.received, g.tally.resolved])).toEqual([
      ["建议意见类", 3, 0],
      ["检举控告类", 1, 0],
      ["申诉求决类", 5, 3],
    ]);
    expect(f.byUnit.map((g) => [g.label, g.tally.received, g.tally.resolved, g.tally.handling.overdue])).toEqual([
      ["国土所", 2, 1, 1],
      ["民政办", 3, 1, 0],
    ]);
    expect(f.county.tally).toMatchObject({ received: 2, accepted: 2, closed: 1, resolved: 1 });
    expect(f.county.reported).toBe(1);
    expect(f.county.cases.map((c) => [c.sourceDocNo, c.sourceDocDate, c.reportNumber, c.state])).toEqual([
      ["县人大信转〔2026〕3号", "2026-04-01", "清人大报〔2026〕2号", "CLOSED"],
      ["县人大信转〔2026〕9号", "2026-08-28", null, "TRANSFERRED"],
    ]);
    expect(f.rules.notice).toContain("15日内告知率");

    // A setting of 8 days: told on day 2 (P5, P9), 4 (P7), 7 (P6) stay in time; day 9 (P8), 10 (P1), 19 (P2)
    // are late; P3 is overdue.
    await db.setting.upsert({
      where: { key: "petitions.noticeDays" },
      create: { key: "petitions.noticeDays", value: 8 },
      update: { value: 8 },
    });
    const { clearSettingsCache } = await import("@/lib/settings");
    clearSettingsCache();
    try {
      const short = await petitionYearFigures(db, w.township.id, 2026, { today: TODAY });
      expect(short.total.notice).toMatchObject({ onTime: 4, late: 3, overdue: 1 });
      expect(short.rules.notice).toContain("8日内告知率");
    } finally {
      await db.setting.delete({ where: { key: "petitions.noticeDays" } });
      clearSettingsCache();
    }
  });

  it("serves the figures and the year's table to the office, chair and presidium only", async () => {
    const w = await fixture();
    await db.township.update({ where: { id: w.township.id }, data: { name: "清水镇" } });
    for (const role of ["DEPUTY", "UNIT"] as const) {
      const cookie = w.sessions[role].cookie;
      expect((await figuresRoute(request("/api/v1/petitions/figures?year=2026", { cookie }))).status).toBe(403);
      expect((await tableRoute(request("/api/v1/petitions/figures/table?year=2026", { cookie }))).status).toBe(403);
    }
    expect((await figuresRoute(request("/api/v1/petitions/figures?year=2026"))).status).toBe(401);
    const bad = await figuresRoute(request("/api/v1/petitions/figures?year=abc", { cookie: w.sessions.CHAIR.cookie }));
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields)).toEqual(["year"]);
    const ok = await figuresRoute(
      request("/api/v1/petitions/figures?year=2026", { cookie: w.sessions.PRESIDIUM.cookie }),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).total.received).toBe(9);

    const table = await tableRoute(
      request("/api/v1/petitions/figures/table?year=2026", { cookie: w.sessions.OFFICE.cookie }),
    );
    expect(table.status).toBe(200);
    const xlsx = Buffer.from(await table.arrayBuffer());
    expect(await printSetupProblems(xlsx)).toEqual([]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet("信访统计")!;
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.getCell("A1").value).toBe("清水镇2026年度信访工作统计表");
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual([
      "合计",
      "全部信访件",
      9,
      5,
      1,
      1,
      5,
      3,
      "6/8",
      "75%",
      "3/5",
      "60%",
    ]);
    const county = wb.getWorksheet("上级人大转办")!;
    expect(county.getCell("B4").value).toBe("县人大信转〔2026〕3号");
    const audit = await db.auditLog.findFirst({
      where: { townshipId: w.township.id, action: "petition.table_exported" },
    });
    expect(audit).not.toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { receptionYearFigures, deputyReceptionYear } from "@/lib/reception/public";
import { workingCalendar } from "@/lib/time/working-days";
import { parseDay } from "@/lib/time/day";
import {
  api,
  dayWithDuties,
  inDays,
  json,
  setup,
  visitor,
  yearOf,
  type Day,
} from "@/tests/integration/reception/helpers";

type Err = { error: { code: string; message: string; fields?: Record<string, string> } };

describe("bad input is refused with the field named, nothing stored", () => {
  it("a date outside the year, a duplicate date, a non-sitting deputy on duty", async () => {
    const w = await setup(2);
    const date = inDays(20);
    const year = yearOf(date);
    const before = await db.receptionDay.count({ where: { townshipId: w.township.id } });
    const outside = await json<Err>(await api.create(w.office, { year: year + 1, date }), 400);
    expect(outside.error.fields?.date).toBe(`接待日期：应在${year + 1}年内`);
    const d = await dayWithDuties(w, date);
    const dup = await json<Err>(await api.create(w.office, { year, date }), 409);
    expect(dup.error.fields?.date).toBe("接待日期：该日已有接待选民日");
    expect(await db.receptionDay.count({ where: { townshipId: w.township.id } })).toBe(before + 1);
    const moved = await json<Err>(
      await api.patch(w.office, d.id, { version: d.version, date: `${year + 1}-01-10` }),
      400,
    );
    expect(moved.error.fields?.date).toBe(`接待日期：应在${year}年内`);
    await db.deputy.update({
      where: { id: w.deputies[1].id },
      data: { status: "RESIGNED", leftDate: parseDay(inDays(-1)) },
    });
    const gone = await json<Err>(
      await api.duties(w.office, d.id, { version: d.version, entries: [{ deputyId: w.deputies[1].id }] }),
      400,
    );
    expect(gone.error.fields?.entries).toBe(`值班代表：须是接待日（${date}）在任的代表`);
    const present = await json<Err>(
      await api.duties(w.office, d.id, { version: d.version, entries: [{ deputyId: w.deputy.id, present: true }] }),
      400,
    );
    expect(present.error.fields?.entries).toContain("接待日（" + date + "）未到");
    expect(await db.receptionDuty.findMany({ where: { receptionDayId: d.id }, select: { deputyId: true } })).toEqual([
      { deputyId: w.deputy.id },
    ]);
  });

  it("a visit on a cancelled day or before the day, a bad phone, cancelling without a reason", async () => {
    const w = await setup(2);
    const future = await dayWithDuties(w, inDays(15));
    const early = await json<Err>(await api.visit(w.office, future.id, visitor()), 409);
    expect(early.error.message).toBe(`接待日（${future.date}）未到，不能登记来访`);
    const past = await dayWithDuties(w, inDays(-15));
    const phone = await json<Err>(await api.visit(w.office, past.id, visitor({ phone: "12345" })), 400);
    expect(phone.error.fields?.phone).toBe("联系电话：不是有效的大陆电话号码（手机 11 位，或区号加座机号码）");
    const noReason = await json<Err>(
      await api.patch(w.office, future.id, { version: future.version, cancelReason: "" }),
      400,
    );
    expect(noReason.error.fields?.cancelReason).toBe("取消原因：请填写");
    await json(
      await api.patch(w.office, future.id, { version: future.version, cancelReason: "与镇人代会时间冲突" }),
      200,
    );
    const cancelled = await json<Err>(await api.get(w.office, future.id), 200);
    expect(cancelled).toMatchObject({ cancelled: true, note: "与镇人代会时间冲突", status: "CANCELLED" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "reception.cancelled", recordId: future.id } });
    expect(audit.reason).toBe("与镇人代会时间冲突");
    const onCancelled = await db.receptionDay.update({
      where: { id: future.id },
      data: { date: parseDay(inDays(-16)) },
    });
    const refused = await json<Err>(await api.visit(w.office, onCancelled.id, visitor()), 409);
    expect(refused.error.message).toBe("接待选民日已取消，不能登记来访");
    expect(await db.receptionVisit.count({ where: { townshipId: w.township.id } })).toBe(0);
  });

  it("converting a visit twice is a 409; the suggestion is led by the receiving deputy, raised on the day, linked both ways", async () => {
    const w = await setup(2);
    const category = await db.suggestionCategory.create({
      data: { townshipId: w.township.id, name: "民生保障", position: 1 },
    });
    const d = await dayWithDuties(w, inDays(-20), [w.deputy.id, w.deputies[1].id]);
    const v = await json<{ id: string }>(
      await api.visit(w.office, d.id, visitor({ receivedByDeputyId: w.deputies[1].id })),
      201,
    );
    const body = { to: "suggestion", title: "落实退休人员养老补贴", categoryId: category.id };
    const done = await json<{ suggestionId: string }>(await api.convert(w.office, d.id, v.id, body), 201);
    const s = await db.suggestion.findUniqueOrThrow({ where: { id: done.suggestionId }, include: { proposers: true } });
    expect(s.raisedOn).toEqual(parseDay(d.date));
    expect(s.content).toBe(visitor().issue);
    expect(s.proposers).toEqual([expect.objectContaining({ deputyId: w.deputies[1].id, lead: true })]);
    expect((await db.receptionVisit.findUniqueOrThrow({ where: { id: v.id } })).suggestionId).toBe(s.id);
    const again = await json<Err>(await api.convert(w.office, d.id, v.id, body), 409);
    expect(again.error.message).toBe("该来访反映的问题已经转办，不能重复转办");
    expect(await db.suggestion.count({ where: { townshipId: w.township.id } })).toBe(1);
    const page = await json<{ visits: { suggestion: { id: string } | null; converted: boolean }[] }>(
      await api.get(w.office, d.id),
      200,
    );
    expect(page.visits[0]).toMatchObject({ converted: true, suggestion: { id: s.id } });
  });

  it("a visitor received by a deputy not on duty that day is refused", async () => {
    const w = await setup(3);
    const d = await dayWithDuties(w, inDays(-3));
    const bad = await json<Err>(
      await api.visit(w.office, d.id, visitor({ receivedByDeputyId: w.deputies[2].id })),
      400,
    );
    expect(bad.error.fields?.receivedByDeputyId).toBe("接待代表：须是当天值班的代表");
  });
});

describe("privacy: a visitor's phone and address", () => {
  it("are whole for the office and the chair, masked for the presidium and the deputy on duty", async () => {
    const w = await setup(2);
    const d = await dayWithDuties(w, inDays(-4));
    await json(await api.visit(w.deputyCookie, d.id, visitor()), 201);
    const seen = async (cookie: string) =>
      (await json<{ visits: { phone: string; address: string }[] }>(await api.get(cookie, d.id), 200)).visits[0];
    expect(await seen(w.office)).toMatchObject({ phone: "13812345678", address: "清水镇青山村三组18号" });
    expect(await seen(w.chair)).toMatchObject({ phone: "13812345678", address: "清水镇青山村三组18号" });
    for (const cookie of [w.presidium, w.deputyCookie]) {
      const v = await seen(cookie);
      expect(v).toMatchObject({ phone: "138****5678", address: "清水镇青山村****" });
      expect(JSON.stringify(await json(await api.get(cookie, d.id), 200))).not.toContain("13812345678");
    }
    const list = JSON.stringify(await json(await api.list(w.presidium), 200));
    expect(list).not.toContain("1381234");
  });
});

describe("the year's calendar, the notice and the deputies told", () => {
  it("generates one day a month on working days, and a second time nothing", async () => {
    const w = await setup(1);
    const first = await json<{ created: { date: string }[]; skippedMonths: number[] }>(
      await api.generate(w.office, { year: 2024, place: "镇人大代表之家" }),
      201,
    );
    expect(first.created.map((c) => c.date)).toEqual([
      "2024-01-10",
      "2024-02-18",
      "2024-03-11",
      "2024-04-10",
      "2024-05-10",
      "2024-06-11",
      "2024-07-10",
      "2024-08-12",
      "2024-09-10",
      "2024-10-10",
      "2024-11-11",
      "2024-12-10",
    ]);
    const cal = workingCalendar();
    expect(first.created.every((c) => cal.isWorkingDay(parseDay(c.date)))).toBe(true);
    const again = await json<{ created: unknown[]; skippedMonths: number[] }>(
      await api.generate(w.office, { year: 2024 }),
      201,
    );
    expect(again).toMatchObject({ created: [], skippedMonths: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] });
    expect(await db.receptionDay.count({ where: { townshipId: w.township.id, year: 2024 } })).toBe(12);
  });

  it("publishing the notice tells each deputy on duty; moving the day withdraws it", async () => {
    const w = await setup(2);
    const d = await dayWithDuties(w, inDays(10), [w.deputy.id, w.deputies[1].id]);
    const late = await json<Err>(
      await api.publish(w.office, d.id, { version: d.version, publishedOn: inDays(1) }),
      400,
    );
    expect(late.error.fields?.publishedOn).toContain("不能晚于今天");
    const out = await json<{ version: number; notified: number }>(
      await api.publish(w.office, d.id, { version: d.version }),
      200,
    );
    expect(out.notified).toBe(2);
    const notices = await db.notification.findMany({ where: { subjectType: "reception_day", subjectId: d.id } });
    expect(notices.map((n) => n.deputyId).sort()).toEqual([w.deputy.id, w.deputies[1].id].sort());
    await json<Err>(await api.publish(w.office, d.id, { version: out.version }), 409);
    await json(await api.patch(w.office, d.id, { version: out.version, date: inDays(11) }), 200);
    const moved = await json<{ noticePublishedOn: string | null; date: string }>(await api.get(w.office, d.id), 200);
    expect(moved).toMatchObject({ noticePublishedOn: null, date: inDays(11) });
    const file = await api.noticeFile(w.office, d.id);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("officedocument.wordprocessingml");
  });
});

describe("receptionYearFigures against a hand-counted fixture made through the API", () => {
  it("counts days held, visitors, issues solved, conversions and the deputies served and not", async () => {
    const w = await setup(3);
    const [a, b, c] = w.deputies;
    const category = await db.suggestionCategory.create({
      data: { townshipId: w.township.id, name: "其他", position: 1 },
    });
    // Day 1 (held): A and B on duty, A present, B absent; six visitors, five solved on the spot.
    const d1 = await dayWithDuties(w, inDays(-40), [a.id, b.id]);
    for (let i = 0; i < 6; i++)
      await json(
        await api.visit(
          w.office,
          d1.id,
          visitor({
            visitorName: `群众${i}`,
            solved: i < 5,
            solution: i < 5 ? "当场答复" : null,
            receivedByDeputyId: a.id,
          }),
        ),
        201,
      );
    const d1now = await json<Day>(await api.get(w.office, d1.id), 200);
    await json(
      await api.duties(w.office, d1.id, {
        version: d1now.version,
        entries: [
          { deputyId: a.id, present: true },
          { deputyId: b.id, present: false },
        ],
      }),
      200,
    );
    // Day 2 (held, nobody came): B on duty, marked held; one more visitor's issue solved later on day 1.
    const d2 = await dayWithDuties(w, inDays(-20), [b.id]);
    await json(await api.patch(w.office, d2.id, { version: d2.version, held: true }), 200);
    // Day 3: cancelled. Day 4: still to come, C on duty (not yet served).
    const d3 = await dayWithDuties(w, inDays(-10), []);
    await json(await api.patch(w.office, d3.id, { version: d3.version, cancelReason: "防汛" }), 200);
    await dayWithDuties(w, inDays(5), [c.id]);
    const d1visits = await db.receptionVisit.findMany({
      where: { receptionDayId: d1.id },
      orderBy: { position: "asc" },
    });
    await json(await api.solve(w.office, d1.id, d1visits[5].id, { solved: true, solution: "民政办补发" }), 200);
    await json(
      await api.convert(w.office, d1.id, d1visits[0].id, {
        to: "suggestion",
        title: "补贴发放",
        categoryId: category.id,
      }),
      201,
    );
    const year = yearOf(inDays(-40));
    // Counting only this year's days: the fixture's days fall in one year unless run in the first weeks of January.
    if ([inDays(-20), inDays(-10), inDays(5)].some((x) => yearOf(x) !== year)) return;
    const f = await receptionYearFigures(db, w.township.id, year);
    expect(f.days).toEqual({ planned: 3, held: 2, cancelled: 1 });
    expect({
      visitors: f.visitors,
      issues: f.issues,
      solved: f.solved,
      toSuggestions: f.toSuggestions,
      toPetitions: f.toPetitions,
    }).toEqual({
      visitors: 6,
      issues: 6,
      solved: 6,
      toSuggestions: 1,
      toPetitions: 0,
    });
    // B: absent on day 1 but served on day 2; C: only a day still to come; the outsider never.
    expect(f.deputies.served.map((d) => d.id).sort()).toEqual([a.id, b.id].sort());
    expect(f.deputies.notServed.map((d) => d.id).sort()).toEqual([c.id, w.outsider.id].sort());
    expect(f.deputies.sitting).toBe(4);
    const api2 = await json<{ visitors: number }>(await api.figures(w.chair, year), 200);
    expect(api2.visitors).toBe(6);
    const mine = await deputyReceptionYear(db, w.township.id, a.id, year);
    expect(mine).toEqual([
      { id: d1.id, date: d1.date, place: "镇人大代表之家", status: "HELD", present: true, received: 6 },
    ]);
    const bDays = await deputyReceptionYear(db, w.township.id, b.id, year);
    expect(bDays.map((x) => [x.date, x.present, x.status])).toEqual([
      [d1.date, false, "HELD"],
      [d2.date, null, "HELD"],
    ]);
  });
});

describe("a visitor's issue becomes a petition in one step", () => {
  it("registered as a visit on the reception day, the visitor as petitioner, linked both ways; once only", async () => {
    const w = await setup(2);
    const d = await dayWithDuties(w, inDays(-6));
    const v = await json<{ id: string }>(
      await api.visit(w.office, d.id, visitor({ receivedByDeputyId: w.deputy.id })),
      201,
    );
    const body = { to: "petition", subject: "退休人员养老补贴未发放", category: "APPEAL_CLAIM" };
    const done = await json<{ petitionId: string }>(await api.convert(w.office, d.id, v.id, body), 201);
    const p = await db.petition.findUniqueOrThrow({ where: { id: done.petitionId }, include: { petitioners: true } });
    expect(p).toMatchObject({
      channel: "VISIT",
      category: "APPEAL_CLAIM",
      receivedOn: parseDay(d.date),
      receptionVisitId: v.id,
      receivedByDeputyId: w.deputy.id,
      content: visitor().issue,
    });
    expect(p.petitioners).toEqual([
      expect.objectContaining({ name: "刘大爷", phone: "13812345678", address: "清水镇青山村三组18号" }),
    ]);
    const again = await json<Err>(await api.convert(w.office, d.id, v.id, body), 409);
    expect(again.error.message).toBe("该来访反映的问题已经转办，不能重复转办");
    const category = await db.suggestionCategory.create({
      data: { townshipId: w.township.id, name: "其他", position: 1 },
    });
    await json<Err>(
      await api.convert(w.office, d.id, v.id, { to: "suggestion", title: "再转建议", categoryId: category.id }),
      409,
    );
    expect(await db.petition.count({ where: { townshipId: w.township.id } })).toBe(1);
    const page = await json<{ visits: { petition: { id: string; number: string } | null }[] }>(
      await api.get(w.office, d.id),
      200,
    );
    expect(page.visits[0].petition).toEqual({ id: p.id, number: p.number });
    const f = await receptionYearFigures(db, w.township.id, yearOf(d.date));
    expect(f.toPetitions).toBe(1);
  });
});

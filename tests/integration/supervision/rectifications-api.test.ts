import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, formatDay } from "@/lib/time/day";
import { api, errorOf, PDF, ROLES, today, versionOf, world, written } from "./rectification-world";
import { townshipWithRoles } from "@/tests/factories";

type Item = { id: string; number: string; state: string; unit: { name: string }; due: string; dueText: string | null };
const itemsOf = async (res: Response) => {
  expect(res.status).toBe(200);
  return (await res.json()) as { items: Item[]; total: number; page: number; pageSize: number };
};

describe("GET /api/v1/rectifications: who lists what", () => {
  it("the office, chair and presidium list the township's tasks; a unit only its own; a deputy is refused", async () => {
    const w = await world();
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      const list = await itemsOf(await api.list(w.cookie[role]));
      expect(list.total).toBe(2);
      expect(list.items.map((i) => i.number).sort()).toEqual([
        `整改${today().getUTCFullYear()}-001`,
        `整改${today().getUTCFullYear()}-002`,
      ]);
    }
    const own = await itemsOf(await api.list(w.cookie.UNIT));
    expect(own.items.map((i) => i.id)).toEqual([w.taskId]);
    expect(own.items[0]).toMatchObject({ state: "ASSIGNED", unit: { name: "民政办" }, dueText: "还剩 20 天" });
    expect((await api.list(w.cookie.DEPUTY)).status).toBe(403);
    // A unit asking for another unit's tasks still sees only its own.
    const asked = await itemsOf(await api.list(w.cookie.UNIT, `?unitId=${w.other.id}`));
    expect(asked.total).toBe(0);
  });

  it("pages in SQL, soonest due first, and filters by state and due status", async () => {
    const w = await world();
    const first = await itemsOf(await api.list(w.cookie.OFFICE, "?pageSize=1"));
    expect(first).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(first.items[0].id).toBe(w.taskId); // due in 20 days, before the other's 30
    const second = await itemsOf(await api.list(w.cookie.OFFICE, "?pageSize=1&page=2"));
    expect(second.items[0].id).toBe(w.otherTaskId);
    await db.rectificationTask.update({ where: { id: w.otherTaskId }, data: { dueDate: addDays(today(), -1) } });
    const overdue = await itemsOf(await api.list(w.cookie.OFFICE, "?status=overdue"));
    expect(overdue.items.map((i) => [i.id, i.dueText])).toEqual([[w.otherTaskId, "逾期 1 天"]]);
    expect((await itemsOf(await api.list(w.cookie.OFFICE, "?state=REPORTED"))).total).toBe(0);
    const bad = await api.list(w.cookie.OFFICE, "?status=late");
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).fields?.status).toContain("期限");
  });
});

describe("GET /api/v1/rectifications/{id}", () => {
  it("the unit reads its own task with its steps; another unit, another township: 404; a deputy: 403", async () => {
    const w = await world();
    const res = await api.get(w.cookie.UNIT, w.taskId);
    expect(res.status).toBe(200);
    const t = (await res.json()) as {
      opinion: string;
      steps: { name: string; open: boolean }[];
      events: { type: string }[];
    };
    expect(t.opinion).toBe("低保动态管理不及时，限期整改");
    expect(t.steps).toEqual([{ name: "report", label: "提交整改报告", open: true }]);
    expect(t.events.map((e) => e.type)).toEqual(["sent"]);
    expect((await api.get(w.otherCookie, w.taskId)).status).toBe(404);
    expect((await api.get(w.cookie.DEPUTY, w.taskId)).status).toBe(403);
    const elsewhere = await townshipWithRoles("别的镇");
    expect((await api.get(elsewhere.sessions.OFFICE.cookie, w.taskId)).status).toBe(404);
    expect((await api.get(elsewhere.sessions.UNIT.cookie, w.taskId)).status).toBe(404);
    const office = (await (await api.get(w.cookie.OFFICE, w.taskId)).json()) as {
      steps: { name: string; open: boolean }[];
    };
    expect(office.steps.map((s) => [s.name, s.open])).toEqual([
      ["report", true],
      ["accept", false],
      ["return", false],
      ["remind", true],
      ["visit", true],
    ]);
  });
});

describe("回访 during rectification", () => {
  it("the office records a visit while the report is still owed: the state stays, the unit still reports", async () => {
    const w = await world();
    const id = w.taskId;
    const sentOn = formatDay((await db.rectificationTask.findUniqueOrThrow({ where: { id } })).assignedOn);
    const early = await api.visit(w.cookie.OFFICE, id, {
      version: await versionOf(id),
      note: "到现场看整改进度",
      occurredOn: formatDay(addDays(today(), -400)),
    });
    expect(early.status).toBe(400);
    expect((await errorOf(early)).fields?.occurredOn).toContain(`回访日期：不能早于送达日期（${sentOn}）`);
    expect((await api.visit(w.cookie.UNIT, id, { version: await versionOf(id), note: "自己回访" })).status).toBe(403);

    const visit = await api.visit(w.cookie.OFFICE, id, { version: await versionOf(id), note: "到现场看整改进度" });
    expect(visit.status).toBe(201);
    expect(await visit.json()).toMatchObject({ state: "ASSIGNED" });
    expect(await db.auditLog.count({ where: { action: "rectification.visited", recordId: id } })).toBe(1);
    const reported = await api.report(w.cookie.UNIT, id, { version: await versionOf(id), text: "已完成整改" });
    expect(reported.status).toBe(201);
    const t = (await (await api.get(w.cookie.OFFICE, id)).json()) as { events: { type: string; note?: string }[] };
    expect(t.events.map((e) => e.type)).toEqual(["sent", "visited", "reported"]);
  });
});

describe("the loop: report, return with reasons, report again, accept, visit", () => {
  it("each step audited in its transaction; a report after acceptance is a 409 in Chinese and writes nothing", async () => {
    const w = await world();
    const id = w.taskId;
    const reported = await api.report(w.cookie.UNIT, id, {
      version: await versionOf(id),
      text: "已完成低保复核 126 户",
    });
    expect(reported.status).toBe(201);
    expect(await reported.json()).toMatchObject({ state: "REPORTED" });
    expect(await db.auditLog.count({ where: { action: "rectification.reported", recordId: id } })).toBe(1);

    // Only the office reviews.
    expect((await api.review(w.cookie.UNIT, id, { version: await versionOf(id), decision: "accept" })).status).toBe(
      403,
    );
    const noReason = await api.review(w.cookie.OFFICE, id, { version: await versionOf(id), decision: "return" });
    expect(noReason.status).toBe(400);
    expect((await errorOf(noReason)).fields?.note).toBe("审核意见：退回时请填写退回理由");

    const newDue = formatDay(addDays(today(), 15));
    const returned = await api.review(w.cookie.OFFICE, id, {
      version: await versionOf(id),
      decision: "return",
      note: "缺少复核台账",
      dueDate: newDue,
    });
    expect(returned.status).toBe(200);
    expect(await returned.json()).toMatchObject({ state: "RETURNED", dueDate: newDue });
    const notice = await db.notification.findFirst({ where: { unitId: w.unit.id, message: { contains: "退回" } } });
    expect(notice?.message).toContain("缺少复核台账");

    expect((await api.report(w.cookie.UNIT, id, { version: await versionOf(id), text: "补充复核台账" })).status).toBe(
      201,
    );
    const accepted = await api.review(w.cookie.OFFICE, id, { version: await versionOf(id), decision: "accept" });
    expect(await accepted.json()).toMatchObject({ state: "ACCEPTED" });

    const before = await written();
    const late = await api.report(w.cookie.UNIT, id, { version: await versionOf(id), text: "再报一次" });
    expect(late.status).toBe(409);
    expect((await errorOf(late)).message).toBe("整改已验收，不能再提交整改报告");
    expect(await written()).toEqual(before);

    const reminded = await api.remind(w.cookie.OFFICE, id, { version: await versionOf(id), note: "电话催办" });
    expect(reminded.status).toBe(409);
    const visit = await api.visit(w.cookie.OFFICE, id, { version: await versionOf(id), note: "回访：台账齐全" });
    expect(visit.status).toBe(201);

    const t = (await (await api.get(w.cookie.UNIT, id)).json()) as {
      reports: { accepted: boolean | null; reviewNote: string | null }[];
      events: { type: string }[];
    };
    expect(t.reports.map((r) => [r.accepted, r.reviewNote])).toEqual([
      [false, "缺少复核台账"],
      [true, null],
    ]);
    expect(t.events.map((e) => e.type)).toEqual(["sent", "reported", "returned", "reported", "accepted", "visited"]);
    const actions = (await db.auditLog.findMany({ where: { recordId: id }, orderBy: { createdAt: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "rectification.reported",
      "rectification.returned",
      "rectification.reported",
      "rectification.accepted",
      "rectification.visited",
    ]);
  });

  it("a stale version, another unit's task, a second report while one waits: refused, nothing written", async () => {
    const w = await world();
    const id = w.taskId;
    const before = await written();
    expect((await api.report(w.cookie.UNIT, id, { version: 99, text: "x" })).status).toBe(409);
    expect((await api.report(w.otherCookie, id, { version: await versionOf(id), text: "x" })).status).toBe(404);
    expect((await api.report(w.cookie.CHAIR, id, { version: await versionOf(id), text: "x" })).status).toBe(403);
    expect(await written()).toEqual(before);
    await api.report(w.cookie.UNIT, id, { version: await versionOf(id), text: "报告" });
    const again = await api.report(w.cookie.UNIT, id, { version: await versionOf(id), text: "又一份" });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe("整改报告已提交，正在等待人大办审核");
  });
});

describe("代录 and the order of days", () => {
  it("the office keys a paper report with its real day; not before sending, not in the future; a unit gives no date", async () => {
    const w = await world();
    const id = w.taskId;
    const sentOn = formatDay(addDays(today(), -5));
    const early = await api.report(w.cookie.OFFICE, id, {
      version: await versionOf(id),
      text: "纸质报告",
      occurredOn: formatDay(addDays(today(), -6)),
    });
    expect(early.status).toBe(400);
    expect((await errorOf(early)).fields?.occurredOn).toBe(`报送日期：不能早于送达日期（${sentOn}）`);
    const future = await api.report(w.cookie.OFFICE, id, {
      version: await versionOf(id),
      text: "纸质报告",
      occurredOn: formatDay(addDays(today(), 1)),
    });
    expect(future.status).toBe(400);
    expect((await errorOf(future)).fields?.occurredOn).toContain("不能晚于今天");
    const unitDate = await api.report(w.cookie.UNIT, id, {
      version: await versionOf(id),
      text: "x",
      occurredOn: sentOn,
    });
    expect(unitDate.status).toBe(400);
    expect((await errorOf(unitDate)).fields?.occurredOn).toBe("报送日期：只有人大办补录或代录时填写");

    const day = formatDay(addDays(today(), -3));
    const ok = await api.report(w.cookie.OFFICE, id, {
      version: await versionOf(id),
      text: "纸质报告",
      occurredOn: day,
    });
    expect(ok.status).toBe(201);
    const report = await db.rectificationReport.findFirstOrThrow({ where: { taskId: id } });
    expect(formatDay(report.submittedOn)).toBe(day);
    expect(report.onBehalfOf).toBe("民政办");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "rectification.reported", recordId: id } });
    expect(audit.after).toMatchObject({ occurredOn: day, onBehalf: { mark: "代录", onBehalfOf: "民政办" } });
    // A review not before the report it judges.
    const review = await api.review(w.cookie.OFFICE, id, {
      version: await versionOf(id),
      decision: "accept",
      occurredOn: formatDay(addDays(today(), -4)),
    });
    expect((await errorOf(review)).fields?.occurredOn).toBe(`审核日期：不能早于整改报告提交日期（${day}）`);
  });
});

describe("files and 催办", () => {
  it("a report with files in one request; the unit downloads them, another unit cannot", async () => {
    const w = await world();
    const pdf = PDF("整改台账");
    const res = await api.reportWithFiles(
      w.cookie.UNIT,
      w.taskId,
      { version: await versionOf(w.taskId), text: "见附件" },
      [["整改台账.pdf", pdf]],
    );
    expect(res.status).toBe(201);
    const { attachments } = (await res.json()) as { attachments: { id: string; filename: string }[] };
    expect(attachments.map((a) => a.filename)).toEqual(["整改台账.pdf"]);
    const dl = await api.download(w.cookie.UNIT, w.taskId, attachments[0].id);
    expect(dl.status).toBe(200);
    expect(new Uint8Array(await dl.arrayBuffer())).toEqual(pdf);
    expect((await api.download(w.otherCookie, w.taskId, attachments[0].id)).status).toBe(404);
  });

  it("催办 is recorded and the unit notified; units cannot remind", async () => {
    const w = await world();
    expect((await api.remind(w.cookie.UNIT, w.taskId, { version: 1, note: "x" })).status).toBe(403);
    const res = await api.remind(w.cookie.OFFICE, w.taskId, {
      version: await versionOf(w.taskId),
      note: "电话催办王主任",
    });
    expect(res.status).toBe(201);
    const ev = await db.rectificationEvent.findFirstOrThrow({ where: { taskId: w.taskId, type: "reminded" } });
    expect(ev.note).toBe("电话催办王主任");
    expect(await db.notification.count({ where: { unitId: w.unit.id, message: { contains: "人大办催办" } } })).toBe(1);
  });

  it("every role: who may take which step", async () => {
    const w = await world();
    const codes: Record<string, number[]> = {};
    for (const role of ROLES) {
      const v = await versionOf(w.otherTaskId);
      codes[role] = [
        (await api.remind(w.cookie[role], w.otherTaskId, { version: v, note: "催" })).status,
        (await api.visit(w.cookie[role], w.otherTaskId, { version: await versionOf(w.otherTaskId), note: "访" }))
          .status,
      ];
    }
    expect(codes).toEqual({
      OFFICE: [201, 201], // a visit during rectification is recorded too
      CHAIR: [403, 403],
      PRESIDIUM: [403, 403],
      DEPUTY: [403, 403],
      UNIT: [403, 403],
    });
  });
});

// The year plan's API by role: the office drafts, edits and links; the office or the chair records the party
// committee's approval; the presidium reads; deputies and units see nothing. Approved plans change only by
// corrections with a reason; links must name a record of that module and township.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { api, json, planBody, setup, type Fields } from "./helpers";

type Id = { id: string; version: number };
type Detail = {
  id: string;
  version: number;
  state: string;
  approvedOn: string | null;
  approvalNote: string | null;
  items: {
    id: string;
    title: string;
    month: number | null;
    progress: { status: string; source: string; overdue: boolean };
    links: { linkId: string; label: string }[];
  }[];
  figures: { planned: number; done: number; inProgress: number };
  corrections: { reason: string; changes: { field: string; before: string; after: string }[] }[];
};

const APPROVAL = { approvedOn: "2026-12-01", approvalNote: "镇党委会议审定同意" };

describe("work plans", () => {
  it("the office drafts, links and sets status; office or chair approves; presidium reads; deputies and units cannot", async () => {
    const w = await setup();
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await api.create(w.cookie[role], planBody())).status).toBe(403);
    const p = await json<Id & { title: string }>(await api.create(w.cookie.OFFICE, planBody()), 201);
    expect(p.title).toBe("测试镇人大主席团2027年工作要点");
    expect((await api.create(w.cookie.OFFICE, planBody())).status).toBe(409); // one plan a year
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      const list = await json<{ total: number; items: { figures: { planned: number } }[] }>(
        await api.list(w.cookie[role], "?year=2027"),
        200,
      );
      expect(list.total).toBe(1);
      expect(list.items[0].figures.planned).toBe(3);
      await json(await api.get(w.cookie[role], p.id), 200);
    }
    for (const role of ["DEPUTY", "UNIT"] as const) {
      expect((await api.list(w.cookie[role])).status).toBe(403);
      expect((await api.get(w.cookie[role], p.id)).status).toBe(403);
      expect((await api.docx(w.cookie[role], p.id)).status).toBe(403);
    }
    let d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    const [sessionItem, trainingItem, meetingItem] = d.items;

    // Links: the choices of the item's module in the plan's year, then link; presidium and chair cannot.
    const choices = await json<{ module: string; choices: { id: string; happened: boolean }[] }>(
      await api.choices(w.cookie.OFFICE, p.id, sessionItem.id),
      200,
    );
    expect(choices).toMatchObject({ module: "SESSION", choices: [{ id: w.session.id, happened: true }] });
    expect((await api.choices(w.cookie.PRESIDIUM, p.id, sessionItem.id)).status).toBe(403);
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect(
        (await api.link(w.cookie[role], p.id, sessionItem.id, { module: "SESSION", recordId: w.session.id })).status,
      ).toBe(403);
    await json(
      await api.link(w.cookie.OFFICE, p.id, sessionItem.id, { module: "SESSION", recordId: w.session.id }),
      201,
    );
    expect(
      (await api.link(w.cookie.OFFICE, p.id, sessionItem.id, { module: "SESSION", recordId: w.session.id })).status,
    ).toBe(409);
    const tl = await json<{ linkId: string }>(
      await api.link(w.cookie.OFFICE, p.id, trainingItem.id, { module: "TRAINING", recordId: w.training.id }),
      201,
    );
    d = await json<Detail>(await api.get(w.cookie.PRESIDIUM, p.id), 200);
    expect(d.items.map((i) => i.progress.status)).toEqual(["DONE", "IN_PROGRESS", "PLANNED"]);
    expect(d.figures).toMatchObject({ planned: 3, done: 1, inProgress: 1 });
    await json(await api.unlink(w.cookie.OFFICE, p.id, trainingItem.id, tl.linkId), 200);
    expect((await api.unlink(w.cookie.OFFICE, p.id, trainingItem.id, tl.linkId)).status).toBe(404);

    // The office's status with a note overrides the links.
    const noNote = await json<Fields>(
      await api.patchItem(w.cookie.OFFICE, p.id, meetingItem.id, { version: 1, status: "DONE" }),
      400,
    );
    expect(noNote.error.fields?.statusNote).toContain("状态说明");
    await json(
      await api.patchItem(w.cookie.OFFICE, p.id, meetingItem.id, {
        version: 1,
        status: "DONE",
        statusNote: "已召开四次",
      }),
      200,
    );

    // Approval: the presidium cannot; the chair records it; twice → 409; the office's draft edit is then refused.
    expect((await api.approve(w.cookie.PRESIDIUM, p.id, { version: 1, ...APPROVAL })).status).toBe(403);
    const cur = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    const approved = await json<Id & { state: string; approvedOn: string }>(
      await api.approve(w.cookie.CHAIR, p.id, { version: cur.version, ...APPROVAL }),
      200,
    );
    expect(approved).toMatchObject({ state: "APPROVED", approvedOn: "2026-12-01" });
    expect((await api.approve(w.cookie.OFFICE, p.id, { version: approved.version, ...APPROVAL })).status).toBe(409);

    const file = await api.docx(w.cookie.CHAIR, p.id, "?by=month");
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toContain("wordprocessingml");
    const actions = (await db.auditLog.findMany({ where: { recordId: p.id }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(new Set(actions)).toEqual(new Set(["work_plan.created", "work_plan.approved", "work_plan.exported"]));
    const itemActions = await db.auditLog.findMany({
      where: { recordId: { in: [sessionItem.id, trainingItem.id, meetingItem.id] } },
      select: { action: true },
    });
    expect(itemActions.map((a) => a.action).sort()).toEqual([
      "work_plan.item_status_set",
      "work_plan.linked",
      "work_plan.linked",
      "work_plan.unlinked",
    ]);
  });

  it("corrects an approved plan only with a reason, and keeps the original in the 更正记录", async () => {
    const w = await setup();
    const p = await json<Id>(await api.create(w.cookie.OFFICE, planBody()), 201);
    const a = await json<Id>(await api.approve(w.cookie.OFFICE, p.id, { version: 1, ...APPROVAL }), 200);
    const d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    const first = d.items[0];
    // Without a reason: 400 naming the reason, nothing written.
    const e = await json<Fields>(await api.patch(w.cookie.OFFICE, p.id, { version: a.version, title: "新标题" }), 400);
    expect(e.error.fields?.reason).toContain("更正原因");
    expect((await api.patchItem(w.cookie.OFFICE, p.id, first.id, { version: 1, month: 4 })).status).toBe(400);
    expect(
      (
        await api.addItem(w.cookie.OFFICE, p.id, {
          version: a.version,
          title: "新增",
          responsible: "主席",
          module: "OTHER",
        })
      ).status,
    ).toBe(400);
    expect((await api.removeItem(w.cookie.OFFICE, p.id, first.id, { version: a.version })).status).toBe(400);
    expect((await db.workPlan.findUniqueOrThrow({ where: { id: p.id } })).title).toBe("测试镇人大主席团2027年工作要点");
    // With a reason: written, and shown in the history with the original.
    const c1 = await json<Id>(
      await api.patch(w.cookie.OFFICE, p.id, {
        version: a.version,
        approvalNote: "党委会议纪要第5号",
        reason: "审定意见录错",
      }),
      200,
    );
    await json(await api.patchItem(w.cookie.OFFICE, p.id, first.id, { version: 1, month: 4, reason: "会期调整" }), 200);
    const c3 = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    await json(
      await api.addItem(w.cookie.OFFICE, p.id, {
        version: c3.version,
        month: 10,
        title: "开展代表述职评议",
        responsible: "主席团",
        module: "DUTY",
        reason: "县人大新部署",
      }),
      201,
    );
    expect(c1.version).toBeGreaterThan(a.version);
    // The office's status is progress, not a correction: no reason needed.
    await json(
      await api.patchItem(w.cookie.OFFICE, p.id, d.items[2].id, {
        version: 1,
        status: "DROPPED",
        statusNote: "改为年中集中召开",
      }),
      200,
    );
    const after = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    expect(after.approvalNote).toBe("党委会议纪要第5号");
    expect(after.corrections.map((c) => c.reason)).toEqual(["审定意见录错", "会期调整", "县人大新部署"]);
    expect(after.corrections[0].changes).toEqual([
      { field: "approvalNote", label: "审定意见", before: "镇党委会议审定同意", after: "党委会议纪要第5号" },
    ]);
    expect(after.corrections[1].changes[0].before).toContain("2月｜召开镇人民代表大会会议");
    expect(after.corrections[1].changes[0].after).toContain("4月｜召开镇人民代表大会会议");
    expect(after.corrections[2].changes[0]).toMatchObject({ before: "（空）" });
    expect(after.items.map((i) => i.title).at(-1)).toBe("开展代表述职评议");
  });

  it("edits a draft freely: add, reorder, remove; stale versions are refused", async () => {
    const w = await setup();
    const p = await json<Id>(await api.create(w.cookie.OFFICE, planBody()), 201);
    const added = await json<Id>(
      await api.addItem(w.cookie.OFFICE, p.id, {
        version: 1,
        month: 5,
        title: "视察农村公路",
        responsible: "副主席",
        module: "SUPERVISION",
      }),
      201,
    );
    expect(
      (await api.addItem(w.cookie.OFFICE, p.id, { version: 1, title: "x", responsible: "y", module: "OTHER" })).status,
    ).toBe(409);
    let d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    const order = [added.id, ...d.items.filter((i) => i.id !== added.id).map((i) => i.id)];
    const bad = await json<Fields>(
      await api.reorder(w.cookie.OFFICE, p.id, { version: d.version, order: order.slice(1) }),
      400,
    );
    expect(bad.error.fields?.order).toContain("每一项");
    await json(await api.reorder(w.cookie.OFFICE, p.id, { version: d.version, order }), 200);
    d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    expect(d.items[0].title).toBe("视察农村公路");
    await json(await api.removeItem(w.cookie.OFFICE, p.id, added.id, { version: d.version }), 200);
    d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    expect(d.items.map((i) => i.title)).toEqual(["召开镇人民代表大会会议", "组织代表履职学习", "每季度召开主席团会议"]);
    await json(
      await api.patch(w.cookie.OFFICE, p.id, { version: d.version, title: "2027年工作要点（征求意见稿）" }),
      200,
    );
    expect((await api.patch(w.cookie.OFFICE, p.id, { version: d.version, title: "再改" })).status).toBe(409);
    const draftApproval = await json<Fields>(
      await api.patch(w.cookie.OFFICE, p.id, { version: d.version + 1, approvedOn: "2026-12-01" }),
      400,
    );
    expect(draftApproval.error.fields?.approvedOn).toContain("草稿");
  });

  it("refuses bad input: month 13, another township's record, a record that does not exist, an empty plan", async () => {
    const w = await setup();
    const other = await setup("别的镇");
    const m13 = await json<Fields>(
      await api.create(
        w.cookie.OFFICE,
        planBody({ items: [{ month: 13, title: "x", responsible: "y", module: "OTHER" }] }),
      ),
      400,
    );
    expect(m13.error.fields?.["items.0.month"]).toContain("1–12");
    expect((await api.create(w.cookie.OFFICE, planBody({ year: "二〇二七" }))).status).toBe(400);
    const p = await json<Id>(await api.create(w.cookie.OFFICE, planBody()), 201);
    const d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    const item = d.items[0];
    expect((await api.patchItem(w.cookie.OFFICE, p.id, item.id, { version: 1, month: 13 })).status).toBe(400);
    const theirs = await json<Fields>(
      await api.link(w.cookie.OFFICE, p.id, item.id, { module: "SESSION", recordId: other.session.id }),
      400,
    );
    expect(theirs.error.fields?.recordId).toContain("没有这条记录");
    // The record exists, but in another module.
    expect(
      (await api.link(w.cookie.OFFICE, p.id, item.id, { module: "TRAINING", recordId: w.session.id })).status,
    ).toBe(400);
    expect(
      (await api.link(w.cookie.OFFICE, p.id, item.id, { module: "SESSION", recordId: crypto.randomUUID() })).status,
    ).toBe(400);
    expect((await api.link(w.cookie.OFFICE, p.id, item.id, { module: "OTHER", recordId: w.session.id })).status).toBe(
      400,
    );
    expect(await db.workPlanItemLink.count()).toBe(0);
    // Another township's plan and items are not found.
    expect((await api.get(other.cookie.OFFICE, p.id)).status).toBe(404);
    expect((await api.approve(other.cookie.CHAIR, p.id, { version: 1, ...APPROVAL })).status).toBe(404);
    const theirPlan = await json<Id>(await api.create(other.cookie.OFFICE, planBody()), 201);
    expect((await api.patchItem(w.cookie.OFFICE, theirPlan.id, item.id, { version: 1, title: "x" })).status).toBe(404);
    expect((await api.patchItem(w.cookie.OFFICE, p.id, crypto.randomUUID(), { version: 1, title: "x" })).status).toBe(
      404,
    );
    // Approval: a day after today, and a plan without items.
    const future = await json<Fields>(
      await api.approve(w.cookie.OFFICE, p.id, { version: 1, approvedOn: "2099-01-01" }),
      400,
    );
    expect(future.error.fields?.approvedOn).toContain("不能晚于今天");
    const empty = await json<Id>(await api.create(w.cookie.OFFICE, planBody({ year: 2026, items: [] })), 201);
    const e = await json<Fields>(await api.approve(w.cookie.OFFICE, empty.id, { version: 1, ...APPROVAL }), 400);
    expect(e.error.fields?.items).toContain("至少");
  });

  it("drafts next year's plan from this year's, marking carried-over items, plus the report's lines", async () => {
    const w = await setup();
    const p = await json<Id>(await api.create(w.cookie.OFFICE, planBody()), 201);
    const d = await json<Detail>(await api.get(w.cookie.OFFICE, p.id), 200);
    await json(
      await api.link(w.cookie.OFFICE, p.id, d.items[0].id, { module: "SESSION", recordId: w.session.id }),
      201,
    );
    await json(
      await api.patchItem(w.cookie.OFFICE, p.id, d.items[2].id, {
        version: 1,
        status: "DROPPED",
        statusNote: "不再单列",
      }),
      200,
    );
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await api.draftNext(w.cookie[role], { fromPlanId: p.id })).status).toBe(403);
    const n = await json<Id & { year: number; title: string; copied: number; added: number }>(
      await api.draftNext(w.cookie.OFFICE, { fromPlanId: p.id, lines: ["推进代表之家建设", "开展代表述职"] }),
      201,
    );
    expect(n).toMatchObject({ year: 2028, title: "测试镇人大主席团2028年工作要点", copied: 2, added: 2 });
    expect((await api.draftNext(w.cookie.OFFICE, { fromPlanId: p.id })).status).toBe(409);
    const rows = await db.workPlanItem.findMany({ where: { planId: n.id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.title, r.month, r.module, r.status, r.statusNote])).toEqual([
      ["召开镇人民代表大会会议", 2, "SESSION", "PLANNED", "沿用2027年工作要点"],
      ["组织代表履职学习", 3, "TRAINING", "PLANNED", "2027年工作要点未完成事项，结转"],
      ["推进代表之家建设", null, "OTHER", "PLANNED", "2027年工作报告“明年工作打算”"],
      ["开展代表述职", null, "OTHER", "PLANNED", "2027年工作报告“明年工作打算”"],
    ]);
    expect((await db.workPlan.findUniqueOrThrow({ where: { id: n.id } })).draftedFromId).toBe(p.id);
    const bad = await json<Fields>(await api.draftNext(w.cookie.OFFICE, { fromPlanId: p.id, lines: [""] }), 400);
    expect(Object.keys(bad.error.fields ?? {})).toEqual(["lines.0"]);
  });
});

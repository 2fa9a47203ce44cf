import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { createDeputy } from "@/tests/factories";
import {
  api,
  deputyWithLogin,
  errorOf,
  monthsAfter,
  newSuggestion,
  setup,
  step,
  submit,
  suggestionAt,
  versionOf,
} from "./helpers";

/** The suggestion's row, timeline and audit trail, to show a refused request wrote nothing. */
async function snapshot(id: string) {
  return {
    row: await db.suggestion.findUniqueOrThrow({ where: { id } }),
    events: await db.suggestionEvent.count({ where: { suggestionId: id } }),
    audits: await db.auditLog.count({ where: { recordId: id } }),
    assignments: await db.suggestionAssignment.findMany({ where: { suggestionId: id }, orderBy: { id: "asc" } }),
  };
}

/** Expects a refusal with the given status; returns the error. */
async function refused(res: Response, status: number) {
  expect(res.status).toBe(status);
  return errorOf(res);
}

describe("suggestions API: bad input when submitting (nothing written)", () => {
  it("an empty title or content, or a title over 100 characters", async () => {
    const w = await setup();
    const empty = await refused(
      await api.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: "", content: "   " })),
      400,
    );
    expect(empty.code).toBe("VALIDATION");
    expect(empty.fields).toMatchObject({ title: "标题：请填写标题", content: "内容：请填写内容" });
    const long = await refused(
      await api.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: "桥".repeat(101) })),
      400,
    );
    expect(long.fields).toEqual({ title: "标题：最多 100 个字符" });
    const noCategory = await refused(await api.create(w.cookie.DEPUTY, { title: "标题", content: "内容" }), 400);
    expect(noCategory.fields).toEqual({ categoryId: "类别：请选择类别" });
    expect(await db.suggestion.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "suggestion.created" } })).toBe(0);
    // Exactly 100 is fine.
    await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { title: "桥".repeat(100) }));

    // The same rules when editing.
    const id = await suggestionAt(w, "SUBMITTED");
    const before = await snapshot(id);
    const blank = await refused(await api.patch(w.cookie.DEPUTY, id, { title: " ", version: 1 }), 400);
    expect(blank.fields).toEqual({ title: "标题：请填写标题" });
    expect(await snapshot(id)).toEqual(before);
  });

  it("a motion with fewer than five deputies", async () => {
    const w = await setup();
    const four: { id: string }[] = [];
    for (let i = 0; i < 4; i++) four.push(await createDeputy(w.township.id, w.term.id));
    // The lead named again among the co-signers does not count twice: four deputies.
    const err = await refused(
      await api.create(
        w.cookie.DEPUTY,
        newSuggestion(w.categoryId, {
          kind: "MOTION",
          cosignerIds: [w.deputy.id, ...four.slice(0, 3).map((d) => d.id)],
        }),
      ),
      400,
    );
    expect(err.fields).toEqual({ cosignerIds: "附议代表：议案须由 5 名以上代表联名提出（现有 4 名）" });
    expect(err.message).toBe("附议代表：议案须由 5 名以上代表联名提出（现有 4 名）");
    expect(await db.suggestion.count()).toBe(0);
    await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { kind: "MOTION", cosignerIds: four.map((d) => d.id) }));
    expect(await db.suggestionProposer.count()).toBe(5);
  });

  it("a co-signer who is not a sitting deputy (resigned, or of another township)", async () => {
    const w = await setup();
    const gone = await createDeputy(w.township.id, w.term.id, "已辞职代表");
    await db.deputy.update({ where: { id: gone.id }, data: { status: "RESIGNED", leftDate: parseDay("2026-10-15") } });
    const err = await refused(
      await api.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { cosignerIds: [gone.id] })),
      400,
    );
    expect(err.fields).toEqual({ cosignerIds: "附议代表：须是在任代表" });
    const elsewhere = await setup("乙镇");
    const foreign = await refused(
      await api.create(w.cookie.DEPUTY, newSuggestion(w.categoryId, { cosignerIds: [elsewhere.deputy.id] })),
      400,
    );
    expect(foreign.fields).toEqual({ cosignerIds: "附议代表：须是在任代表" });
    // The office must name a sitting lead deputy.
    expect((await refused(await api.create(w.cookie.OFFICE, newSuggestion(w.categoryId)), 400)).fields).toEqual({
      deputyId: "领衔代表：请选择代表",
    });
    expect(
      (await refused(await api.create(w.cookie.OFFICE, newSuggestion(w.categoryId, { deputyId: gone.id })), 400))
        .fields,
    ).toEqual({ deputyId: "领衔代表：须是在任代表" });
    // Another township's category.
    expect((await refused(await api.create(w.cookie.DEPUTY, newSuggestion(elsewhere.categoryId)), 400)).fields).toEqual(
      { categoryId: "类别：不存在" },
    );
    expect(await db.suggestion.count()).toBe(0);
  });
});

describe("suggestions API: bad input while handling (nothing written)", () => {
  it("a reply without a class", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "ASSIGNED");
    const before = await snapshot(id);
    const err = await refused(
      await api.transition(w.cookie.UNIT, id, { action: "reply", note: "已答复", version: before.row.version }),
      400,
    );
    expect(err.fields).toEqual({ replyClass: "答复类别：请选择答复类别（A、B、C）" });
    const noNote = await refused(
      await api.transition(w.cookie.UNIT, id, {
        action: "reply",
        replyClass: "C",
        note: "",
        version: before.row.version,
      }),
      400,
    );
    expect(noNote.fields).toEqual({ note: "答复内容：请填写答复内容" });
    expect(await snapshot(id)).toEqual(before);
  });

  it("a delay notice: once only (409), not past six months from assignment (400), later than the deadline", async () => {
    const w = await setup();
    const today = todayInChina();
    const id = await suggestionAt(w, "ASSIGNED");
    const before = await snapshot(id);
    const delay = (date: string) =>
      api.transition(w.cookie.UNIT, id, {
        action: "delay",
        date,
        note: "需协调县交通局资金，延期办理。",
        version: before.row.version,
      });

    const sixMonths = monthsAfter(today, 6);
    const tooLate = await refused(await delay(formatDay(new Date(parseDay(sixMonths).getTime() + DAY_MS))), 400);
    expect(tooLate.fields).toEqual({ date: `延期办结日期：不能晚于交办之日起六个月（${sixMonths}）` });
    const tooEarly = await refused(await delay(monthsAfter(today, 3)), 400);
    expect(tooEarly.fields).toEqual({ date: `延期办结日期：应晚于原办理期限（${monthsAfter(today, 3)}）` });
    const notADay = await refused(await delay("2027-02-30"), 400);
    // Inside the one-of-many transition body the label is not found: the bare message.
    expect(notADay.fields).toEqual({ date: "延期办结日期：不是有效日期" });
    expect(await snapshot(id)).toEqual(before);

    expect(
      await step(w.cookie.UNIT, id, { action: "delay", date: sixMonths, note: "需协调县交通局资金，延期办理。" }),
    ).toMatchObject({ state: "ASSIGNED", deadline: monthsAfter(today, 3) });
    const afterFirst = await snapshot(id);
    expect(formatDay(afterFirst.row.delayedTo!)).toBe(sixMonths);
    expect((await (await api.get(w.cookie.DEPUTY, id)).json()).deadline).toBe(sixMonths);
    const second = await api.transition(w.cookie.UNIT, id, {
      action: "delay",
      date: monthsAfter(today, 5),
      note: "再次延期",
      version: afterFirst.row.version,
    });
    const err = await refused(second, 409);
    expect(err.message).toBe("延办反馈书只能提交一次");
    expect(err.fields).toEqual({ date: "延期办结日期：已提交过延办反馈书" });
    expect(await snapshot(id)).toEqual(afterFirst);
  });

  it("a rating by a deputy who is not a proposer (404 unpublished, 403 published) or by the unit (403)", async () => {
    const w = await setup();
    const stranger = await deputyWithLogin(w.township.id, w.term.id, "其他代表");
    const id = await suggestionAt(w, "REPLIED");
    const before = await snapshot(id);
    const body = { rating: "SATISFIED", version: before.row.version };
    expect((await refused(await api.rate(stranger.cookie, id, body), 404)).code).toBe("NOT_FOUND");
    expect((await refused(await api.rate(w.cookie.UNIT, id, body), 403)).code).toBe("FORBIDDEN");
    expect(await snapshot(id)).toEqual(before);

    await step(w.cookie.OFFICE, id, { action: "publish" });
    const published = await snapshot(id);
    const err = await refused(
      await api.rate(stranger.cookie, id, { rating: "UNSATISFIED", comment: "不满意", version: published.row.version }),
      403,
    );
    expect(err.message).toBe("只有提出建议的代表可以评价");
    expect(await snapshot(id)).toEqual(published);
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(2);
  });

  it("a transition out of order, a stale version, an unknown action", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "SUBMITTED");
    const before = await snapshot(id);

    const close = await refused(await api.transition(w.cookie.OFFICE, id, { action: "close", version: 1 }), 409);
    expect(close.message).toBe("建议当前为“已提交”，不能执行此操作");
    const assign = await refused(
      await api.transition(w.cookie.OFFICE, id, { action: "assign", leadUnitId: w.unit.id, version: 1 }),
      409,
    );
    expect(assign.message).toBe("建议当前为“已提交”，不能执行此操作");
    const rateEarly = await refused(await api.rate(w.cookie.DEPUTY, id, { rating: "SATISFIED", version: 1 }), 409);
    expect(rateEarly.message).toBe("建议当前为“已提交”，不能执行此操作");
    const unknown = await refused(await api.transition(w.cookie.OFFICE, id, { action: "approve", version: 1 }), 400);
    expect(unknown.message).toBe("不支持的操作");
    const noVersion = await refused(await api.transition(w.cookie.OFFICE, id, { action: "register" }), 400);
    expect(noVersion.fields).toEqual({ version: "版本号：缺少版本号" });
    expect(await snapshot(id)).toEqual(before);

    // Two hands on one version: the second is told to refresh.
    await step(w.cookie.OFFICE, id, { action: "register" });
    const registered = await snapshot(id);
    const stale = await refused(await api.transition(w.cookie.DEPUTY, id, { action: "withdraw", version: 1 }), 409);
    expect(stale.message).toBe("建议已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    const staleEdit = await refused(await api.patch(w.cookie.OFFICE, id, { title: "新标题", version: 1 }), 409);
    expect(staleEdit.message).toBe("登记后不能再修改建议内容");
    expect(await snapshot(id)).toEqual(registered);

    const draft = await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { draft: true }));
    await step(w.cookie.DEPUTY, draft, { action: "submit" });
    const staleDraft = await refused(
      await api.patch(w.cookie.DEPUTY, draft, { title: "旧页面上的标题", version: 1 }),
      409,
    );
    expect(staleDraft.message).toBe("建议已被他人修改，请刷新后重试（您填写的内容仍在页面上）");
    const replied = await suggestionAt(w, "REPLIED");
    const staleRating = await refused(
      await api.rate(w.cookie.DEPUTY, replied, { rating: "SATISFIED", version: 1 }),
      409,
    );
    expect(staleRating.message).toBe("建议已被他人修改，请刷新后重试");
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: replied } })).toMatchObject({ state: "REPLIED" });
  });

  it("a unit returning an assignment after seven working days (409), or without a reason (400)", async () => {
    const w = await setup();
    const today = todayInChina();
    const id = await suggestionAt(w, "ASSIGNED");
    const version = await versionOf(id);
    const noReason = await refused(
      await api.transition(w.cookie.UNIT, id, { action: "return", note: "", version }),
      400,
    );
    expect(noReason.fields).toEqual({ note: "退回理由：请填写退回理由" });

    // Assigned two calendar weeks ago: at least ten working days.
    const longAgo = new Date(today.getTime() - 14 * DAY_MS);
    await db.suggestion.update({ where: { id }, data: { assignedOn: longAgo } });
    await db.suggestionAssignment.updateMany({ where: { suggestionId: id }, data: { assignedOn: longAgo } });
    const before = await snapshot(id);
    const late = await refused(
      await api.transition(w.cookie.UNIT, id, { action: "return", note: "不属于本单位职责", version }),
      409,
    );
    expect(late.message).toBe("交办已超过 7 个工作日，不能退回，请与人大办联系");
    expect(await snapshot(id)).toEqual(before);
    expect((await api.get(w.cookie.UNIT, id)).status).toBe(200);

    // Assigned yesterday: still within the window.
    const yesterday = new Date(today.getTime() - DAY_MS);
    await db.suggestion.update({ where: { id }, data: { assignedOn: yesterday } });
    expect(await step(w.cookie.UNIT, id, { action: "return", note: "不属于本单位职责" })).toMatchObject({
      state: "REGISTERED",
      deadline: null,
    });
  });

  it("progress and delay notices only while it is being handled", async () => {
    const w = await setup();
    const id = await suggestionAt(w, "REPLIED");
    const before = await snapshot(id);
    const progress = await refused(
      await api.transition(w.cookie.UNIT, id, { action: "progress", note: "补充进展", version: before.row.version }),
      409,
    );
    expect(progress.message).toBe("只有办理中的建议可以记录进展");
    const delay = await refused(
      await api.transition(w.cookie.UNIT, id, {
        action: "delay",
        date: monthsAfter(todayInChina(), 5),
        note: "延期",
        version: before.row.version,
      }),
      409,
    );
    expect(delay.message).toBe("只有办理中的建议可以申请延期");
    expect(await snapshot(id)).toEqual(before);
  });
});

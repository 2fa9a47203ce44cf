import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { createDeputy } from "@/tests/factories";
import {
  assign,
  api,
  deputyWithLogin,
  errorOf,
  monthsAfter,
  newSuggestion,
  rate,
  setup,
  step,
  submit,
  suggestionAt,
  unitWithLogin,
  versionOf,
} from "./helpers";

type Event = {
  type: string;
  fromState: string | null;
  toState: string | null;
  note: string | null;
  replyClass: string | null;
  rating: string | null;
};

describe("suggestions API: the life of a suggestion", () => {
  it("submitted, registered, assigned, handled, rated 不满意, re-handled, rated 满意 and closed — every step on the timeline and audited", async () => {
    const w = await setup();
    const co = await unitWithLogin(w.township.id, "财政所");
    const today = todayInChina();
    const year = today.getUTCFullYear();

    // The deputy submits two; the office numbers them in order of registration.
    const id = await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId));
    const broad = await submit(
      w.cookie.DEPUTY,
      newSuggestion(w.categoryId, { title: "关于全镇农村饮水提升改造的建议" }),
    );
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "SUBMITTED",
      number: null,
      year,
    });
    expect(await step(w.cookie.OFFICE, id, { action: "register" })).toMatchObject({
      state: "REGISTERED",
      number: `${year}-001`,
    });
    expect(await step(w.cookie.OFFICE, broad, { action: "register" })).toMatchObject({ number: `${year}-002` });

    // Assigned to a lead unit and a co-unit, signed off by the chair (签发) and so handed over:
    // three months from that day (China); a broad one six.
    const assigned = await assign(w, id, { leadUnitId: w.unit.id, coUnitIds: [co.unit.id] });
    expect(assigned).toMatchObject({ state: "ASSIGNED", deadline: monthsAfter(today, 3) });
    expect(await assign(w, broad, { leadUnitId: w.unit.id, broad: true })).toMatchObject({
      deadline: monthsAfter(today, 6),
    });
    const notices = await db.notification.findMany({
      where: { subjectType: "suggestion", subjectId: id },
      orderBy: { message: "asc" },
    });
    expect(notices.map((n) => [n.unitId ?? n.deputyId, n.message]).sort()).toEqual(
      [
        [w.unit.id, "新交办建议：关于修缮清水村便民桥的建议"],
        [
          co.unit.id,
          `新交办建议（协办）：关于修缮清水村便民桥的建议，请于 ${monthsAfter(today, 1)} 前向主办单位提交协办意见`,
        ],
        [w.deputy.id, "您的建议“关于修缮清水村便民桥的建议”已交办"],
      ].sort(),
    );
    const view = await (await api.get(w.cookie.OFFICE, id)).json();
    expect(view).toMatchObject({ assignedOn: formatDay(today), deadline: monthsAfter(today, 3), broad: false });
    expect(
      view.assignments.map((a: { unit: { id: string }; lead: boolean; active: boolean }) => [
        a.unit.id,
        a.lead,
        a.active,
      ]),
    ).toEqual([
      [w.unit.id, true, true],
      [co.unit.id, false, true],
    ]);

    // As if assigned two months ago, so the re-handling deadline is visibly new.
    const assignedOn = parseDay(monthsAfter(today, -2));
    await db.suggestion.update({ where: { id }, data: { assignedOn, deadline: parseDay(monthsAfter(assignedOn, 3)) } });

    // The co-unit reports progress; the lead unit replies, class B.
    await step(co.cookie, id, { action: "progress", note: "财政所已落实配套资金 20 万元。" });
    expect(
      await step(w.cookie.UNIT, id, { action: "reply", replyClass: "B", note: "已列入明年镇村建设计划，逐步解决。" }),
    ).toMatchObject({ state: "REPLIED" });
    expect(
      await db.notification.count({
        where: {
          subjectType: "suggestion",
          subjectId: id,
          deputyId: w.deputy.id,
          message: { contains: "已答复，请评价" },
        },
      }),
    ).toBe(1);

    // 不满意 needs a comment, then sends it back with a new deadline and a notice to the unit.
    const noComment = await api.rate(w.cookie.DEPUTY, id, { rating: "UNSATISFIED", version: await versionOf(id) });
    expect(noComment.status).toBe(400);
    expect((await errorOf(noComment)).fields?.comment).toBe("意见：不满意时请写明意见");
    expect(
      await rate(w.cookie.DEPUTY, id, { rating: "UNSATISFIED", comment: "群众出行安全问题突出，请今年内解决。" }),
    ).toMatchObject({ state: "REHANDLING" });
    const rehandling = await db.suggestion.findUniqueOrThrow({ where: { id } });
    expect(formatDay(rehandling.deadline!)).toBe(monthsAfter(today, 3));
    expect(formatDay(rehandling.deadline!)).not.toBe(monthsAfter(assignedOn, 3));
    expect(rehandling.delayedTo).toBeNull();
    expect(
      await db.notification.findMany({
        where: { subjectType: "suggestion", subjectId: id, unitId: w.unit.id, message: { contains: "不满意" } },
      }),
    ).toMatchObject([{ message: "代表对“关于修缮清水村便民桥的建议”的答复不满意，请重新办理" }]);
    expect(await suggestionFigures(w.sessions.OFFICE.actor, { year })).toMatchObject({
      rated: 1,
      unsatisfied: 1,
      satisfactionRate: 0,
      rehandled: 1,
    });
    // While it is re-handled the unit still has it; the co-unit too.
    expect((await api.get(co.cookie, id)).status).toBe(200);

    // Replied again; 满意; closed by the office.
    expect(
      await step(w.cookie.UNIT, id, { action: "reply", replyClass: "A", note: "便民桥已于本月修缮完工。" }),
    ).toMatchObject({ state: "REPLIED" });
    expect(await rate(w.cookie.DEPUTY, id, { rating: "SATISFIED" })).toMatchObject({ state: "RATED" });
    expect(await step(w.cookie.OFFICE, id, { action: "close" })).toMatchObject({ state: "CLOSED" });

    // The timeline, in order, as the deputy sees it.
    const body = await (await api.get(w.cookie.DEPUTY, id)).json();
    expect(body).toMatchObject({ view: "FULL", state: "CLOSED", number: `${year}-001` });
    expect(body.steps.filter((s: { open: boolean }) => s.open)).toEqual([]);
    expect(body.events.map((e: Event) => [e.type, e.fromState, e.toState])).toEqual([
      ["submitted", null, "SUBMITTED"],
      ["register", "SUBMITTED", "REGISTERED"],
      ["assign", "REGISTERED", "ASSIGNED"],
      ["progress", "ASSIGNED", null],
      ["reply", "ASSIGNED", "REPLIED"],
      ["rating", "REPLIED", "REHANDLING"],
      ["reply", "REHANDLING", "REPLIED"],
      ["rating", "REPLIED", "RATED"],
      ["close", "RATED", "CLOSED"],
    ]);
    expect(
      body.events
        .filter(
          (e: Event) => e.type !== "submitted" && e.type !== "register" && e.type !== "assign" && e.type !== "close",
        )
        .map((e: Event) => [e.note, e.replyClass, e.rating]),
    ).toEqual([
      ["财政所已落实配套资金 20 万元。", null, null],
      ["已列入明年镇村建设计划，逐步解决。", "B", null],
      ["群众出行安全问题突出，请今年内解决。", null, "UNSATISFIED"],
      ["便民桥已于本月修缮完工。", "A", null],
      [null, null, "SATISFIED"],
    ]);
    expect(body.replies.map((r: { replyClass: string }) => r.replyClass)).toEqual(["B", "A"]);
    const events = await db.suggestionEvent.findMany({ where: { suggestionId: id }, orderBy: { createdAt: "asc" } });
    expect(events.find((e) => e.type === "progress")).toMatchObject({
      unitId: co.unit.id,
      actorUserId: (await db.user.findFirstOrThrow({ where: { unitId: co.unit.id } })).id,
    });

    // Every step audited, by whoever took it.
    const audits = await db.auditLog.findMany({ where: { recordId: id }, orderBy: { id: "asc" } });
    const coUser = await db.user.findFirstOrThrow({ where: { unitId: co.unit.id } });
    expect(audits.map((a) => [a.action, a.userId])).toEqual([
      ["suggestion.created", w.users.DEPUTY.id],
      ["suggestion.registered", w.users.OFFICE.id],
      ["suggestion.assigned", w.users.OFFICE.id],
      ["suggestion.progress_noted", coUser.id],
      ["suggestion.replied", w.users.UNIT.id],
      ["suggestion.rated", w.users.DEPUTY.id],
      ["suggestion.replied", w.users.UNIT.id],
      ["suggestion.rated", w.users.DEPUTY.id],
      ["suggestion.closed", w.users.OFFICE.id],
    ]);
    expect(audits.every((a) => a.recordType === "Suggestion" && a.townshipId === w.township.id)).toBe(true);
    expect(audits[1].after).toMatchObject({ state: "REGISTERED", number: `${year}-001` });
    expect(audits[5].after).toMatchObject({ state: "REHANDLING", rating: "UNSATISFIED" });

    // The figures: counted from the records.
    const figures = await suggestionFigures(w.sessions.OFFICE.actor, { year });
    expect(figures).toMatchObject({
      year,
      total: 2,
      byState: { CLOSED: 1, ASSIGNED: 1 },
      byClass: { A: 1, B: 0, C: 0 },
      replied: 1,
      onTime: 1,
      onTimeRate: 100,
      rated: 1,
      satisfied: 1,
      basicallySatisfied: 0,
      unsatisfied: 0,
      satisfactionRate: 100,
      rehandled: 1,
    });
    expect(await suggestionFigures(w.sessions.OFFICE.actor, { year, unitId: co.unit.id })).toMatchObject({
      total: 0,
      satisfactionRate: null,
    });
    expect(await suggestionFigures(w.sessions.OFFICE.actor, { year: year - 1 })).toMatchObject({
      total: 0,
      replied: 0,
      onTimeRate: null,
    });
  });

  it("a deputy keeps a draft, edits it and submits it; the office may withdraw on the deputy's behalf", async () => {
    const w = await setup();
    const draft = await submit(w.cookie.DEPUTY, newSuggestion(w.categoryId, { draft: true }));
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({ state: "DRAFT" });
    const edited = await api.patch(w.cookie.DEPUTY, draft, {
      title: "关于修缮清水村二号便民桥的建议",
      categoryId: w.categoryIds[1],
      version: 1,
    });
    expect(edited.status).toBe(200);
    expect(await edited.json()).toEqual({ id: draft, version: 2 });
    // A draft is the deputy's own: the office, chair and presidium neither open nor list it yet.
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const) {
      expect((await api.get(w.cookie[role], draft)).status, role).toBe(404);
      expect(((await (await api.list(w.cookie[role])).json()) as { total: number }).total, role).toBe(0);
    }
    expect(await step(w.cookie.DEPUTY, draft, { action: "submit" })).toMatchObject({ state: "SUBMITTED", version: 3 });
    expect((await api.get(w.cookie.OFFICE, draft)).status).toBe(200);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: draft } })).toMatchObject({
      title: "关于修缮清水村二号便民桥的建议",
      categoryId: w.categoryIds[1],
    });
    expect(await step(w.cookie.OFFICE, draft, { action: "withdraw", note: "代表口头要求撤回" })).toMatchObject({
      state: "WITHDRAWN",
    });
    expect(
      (await db.auditLog.findMany({ where: { recordId: draft }, orderBy: { id: "asc" } })).map((a) => a.action),
    ).toEqual(["suggestion.created", "suggestion.updated", "suggestion.submitted", "suggestion.withdrawn"]);
  });
});

describe("suggestions API: merging duplicates", () => {
  it("folds a duplicate into another; both deputies are proposers of the target", async () => {
    const w = await setup();
    const other = await deputyWithLogin(w.township.id, w.term.id, "李代表");
    const target = await suggestionAt(w, "REGISTERED");
    const dup = await submit(other.cookie, newSuggestion(w.categoryId, { title: "建议维修清水村的桥" }));
    expect((await api.get(other.cookie, target)).status).toBe(404);

    const self = await api.transition(w.cookie.OFFICE, dup, { action: "merge", intoId: dup, version: 1 });
    expect(self.status).toBe(400);
    expect((await errorOf(self)).fields?.intoId).toBe("合并到的建议：不能合并到自身");
    const withdrawn = await suggestionAt(w, "SUBMITTED");
    await step(w.cookie.OFFICE, withdrawn, { action: "withdraw" });
    const intoWithdrawn = await api.transition(w.cookie.OFFICE, dup, {
      action: "merge",
      intoId: withdrawn,
      version: 1,
    });
    expect(intoWithdrawn.status).toBe(400);
    expect((await errorOf(intoWithdrawn)).fields?.intoId).toBe("合并到的建议：须是已提交、已登记或已交办的建议");

    expect(await step(w.cookie.OFFICE, dup, { action: "merge", intoId: target })).toMatchObject({ state: "MERGED" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: dup } })).toMatchObject({
      state: "MERGED",
      mergedIntoId: target,
    });
    const body = await (await api.get(w.cookie.OFFICE, target)).json();
    expect(body.proposers.map((p: { id: string; lead: boolean }) => [p.id, p.lead]).sort()).toEqual(
      [
        [w.deputy.id, true],
        [other.deputy.id, false],
      ].sort(),
    );
    expect(body.events.at(-1)).toMatchObject({ type: "merged_in", note: "合并了建议“建议维修清水村的桥”" });
    // The second deputy now follows the target, and may rate its reply.
    expect((await api.get(other.cookie, target)).status).toBe(200);
    await assign(w, target, { leadUnitId: w.unit.id });
    await step(w.cookie.UNIT, target, { action: "reply", replyClass: "A", note: "已修缮。" });
    expect(
      await db.notification.count({
        where: { subjectType: "suggestion", subjectId: target, deputyId: other.deputy.id },
      }),
    ).toBe(2);
    expect(await rate(other.cookie, target, { rating: "BASICALLY_SATISFIED" })).toMatchObject({ state: "RATED" });
    // A merged suggestion is out of the figures.
    expect(await suggestionFigures(w.sessions.OFFICE.actor, { year: todayInChina().getUTCFullYear() })).toMatchObject({
      total: 1,
      satisfactionRate: 100,
    });
    expect(await db.auditLog.count({ where: { action: "suggestion.merged", recordId: dup } })).toBe(1);
  });
});

describe("suggestions API: the chair's sign-off", () => {
  it("signs off a batch of assigned suggestions at once, all or nothing", async () => {
    const w = await setup();
    const a = await suggestionAt(w, "ASSIGNED", { unsigned: true });
    const b = await suggestionAt(w, "ASSIGNED", { unsigned: true });
    const registered = await suggestionAt(w, "REGISTERED");

    const mixed = await api.signOff(w.cookie.CHAIR, [a, b, registered]);
    expect(mixed.status).toBe(409);
    expect((await errorOf(mixed)).message).toBe("只能签发已交办且尚未签发的建议");
    expect(await db.suggestion.count({ where: { signedOffAt: { not: null } } })).toBe(0);

    const res = await api.signOff(w.cookie.CHAIR, [a, b]);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ signedOff: 2 });
    for (const id of [a, b]) {
      expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({
        signedOffById: w.users.CHAIR.id,
        state: "ASSIGNED",
      });
      expect(
        await db.suggestionEvent.count({
          where: { suggestionId: id, type: "signed_off", actorUserId: w.users.CHAIR.id },
        }),
      ).toBe(1);
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "suggestion.signed_off" } });
    expect(audit).toMatchObject({ userId: w.users.CHAIR.id });
    expect((audit.after as { ids: string[] }).ids.sort()).toEqual([a, b].sort());
    const list = await (await api.list(w.cookie.OFFICE, "?state=ASSIGNED")).json();
    expect(list.items.map((s: { signedOff: boolean }) => s.signedOff)).toEqual([true, true]);

    const again = await api.signOff(w.cookie.CHAIR, [a]);
    expect(again.status).toBe(409);
    const empty = await api.signOff(w.cookie.CHAIR, []);
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).fields?.ids).toBe("建议：请选择要签发的建议");
  });
});

describe("suggestions API: motions (议案)", () => {
  async function motionWorld() {
    const w = await setup();
    const cosigners: { id: string }[] = [];
    for (let i = 0; i < 4; i++) cosigners.push(await createDeputy(w.township.id, w.term.id));
    const motion = () =>
      submit(
        w.cookie.DEPUTY,
        newSuggestion(w.categoryId, {
          kind: "MOTION",
          title: "关于制定清水村村庄规划的议案",
          cosignerIds: cosigners.map((d) => d.id),
        }),
      );
    return { ...w, motion };
  }

  it("placing a motion on the agenda closes it; the decision is taken once", async () => {
    const w = await motionWorld();
    const id = await w.motion();
    await step(w.cookie.OFFICE, id, { action: "register" });
    expect(
      await step(w.cookie.CHAIR, id, { action: "decide_motion", decision: "PLACE_ON_AGENDA", note: "提请大会审议" }),
    ).toMatchObject({ state: "CLOSED" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id } })).toMatchObject({
      state: "CLOSED",
      motionDecision: "PLACE_ON_AGENDA",
      motionDecisionNote: "提请大会审议",
    });
    const again = await api.transition(w.cookie.OFFICE, id, {
      action: "decide_motion",
      decision: "HANDLE_AS_SUGGESTION",
      version: await versionOf(id),
    });
    expect(again.status).toBe(409);
    expect((await errorOf(again)).message).toBe("该议案已作出处理决定");
    expect(
      await db.auditLog.count({
        where: { action: "suggestion.motion_decided", recordId: id, userId: w.users.CHAIR.id },
      }),
    ).toBe(1);
    expect((await (await api.get(w.cookie.DEPUTY, id)).json()).events.at(-1)).toMatchObject({
      type: "decide_motion",
      fromState: "REGISTERED",
      toState: "CLOSED",
      note: "提请大会审议",
    });
  });

  it("a motion handled as a suggestion goes on to a unit; a suggestion needs no decision", async () => {
    const w = await motionWorld();
    const id = await w.motion();
    await step(w.cookie.OFFICE, id, { action: "register" });
    expect(await step(w.cookie.CHAIR, id, { action: "decide_motion", decision: "HANDLE_AS_SUGGESTION" })).toMatchObject(
      { state: "REGISTERED" },
    );
    expect(await assign(w, id, { leadUnitId: w.unit.id })).toMatchObject({
      state: "ASSIGNED",
    });
    const plain = await suggestionAt(w, "SUBMITTED");
    const res = await api.transition(w.cookie.CHAIR, plain, {
      action: "decide_motion",
      decision: "PLACE_ON_AGENDA",
      version: 1,
    });
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toBe("只有议案需要主席团决定是否列入会议议程");
  });
});

describe("suggestions API: the overdue list", () => {
  it("counts a delay notice's date, not the original deadline", async () => {
    const w = await setup();
    const today = todayInChina();
    const lapsed = await suggestionAt(w, "ASSIGNED", { body: { title: "逾期未答复的建议" } });
    const delayed = await suggestionAt(w, "ASSIGNED", { body: { title: "已延期的建议" } });
    await suggestionAt(w, "ASSIGNED", { body: { title: "期限未到的建议" } });
    const past = parseDay(monthsAfter(today, -1));
    await db.suggestion.update({ where: { id: lapsed }, data: { deadline: past } });
    await db.suggestion.update({
      where: { id: delayed },
      data: { deadline: past, delayedTo: parseDay(monthsAfter(today, 1)) },
    });
    const list = await (await api.list(w.cookie.OFFICE, "?overdue=true")).json();
    expect(list.items.map((s: { title: string; due: string }) => [s.title, s.due])).toEqual([
      ["逾期未答复的建议", "OVERDUE"],
    ]);
    const all = await (await api.list(w.cookie.UNIT)).json();
    expect(all.items.find((s: { id: string }) => s.id === delayed)).toMatchObject({
      deadline: monthsAfter(today, 1),
      due: "ON_TRACK",
    });
  });
});

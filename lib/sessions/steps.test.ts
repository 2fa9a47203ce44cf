import { describe, expect, it } from "vitest";
import { testActor } from "@/tests/factories/actor";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { NOT_YOURS, SESSION_STEPS, sessionStepsFor, type SessionStepName } from "@/lib/sessions/steps";

// Written from the brief: who takes each step of a congress session, in which status, and why not.
const T = "township-1";
const actor = testActor;
const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
const STATUSES: SessionStatus[] = ["PREPARING", "IN_PROGRESS", "CLOSED"];

/** Per step: the roles that take it, and per status true or the reason. */
const TABLE: Record<SessionStepName, { who: (typeof ROLES)[number][]; when: Record<SessionStatus, true | string> }> = {
  open: {
    who: ["OFFICE"],
    when: { PREPARING: true, IN_PROGRESS: "只有筹备中的会议可以开幕", CLOSED: "只有筹备中的会议可以开幕" },
  },
  revoke_open: {
    who: ["OFFICE"],
    when: {
      PREPARING: "只有召开中的会议可以撤销开幕",
      IN_PROGRESS: "撤销开幕须先核对表决和选举记录",
      CLOSED: "只有召开中的会议可以撤销开幕",
    },
  },
  close: {
    who: ["OFFICE", "CHAIR"],
    when: { PREPARING: "只有召开中的会议可以闭会", IN_PROGRESS: true, CLOSED: "只有召开中的会议可以闭会" },
  },
  edit: { who: ["OFFICE"], when: { PREPARING: true, IN_PROGRESS: true, CLOSED: true } },
  correct: {
    who: ["OFFICE"],
    when: { PREPARING: "筹备中的会议直接修改即可，不需要登记更正", IN_PROGRESS: true, CLOSED: true },
  },
  vote: {
    who: ["OFFICE"],
    when: { PREPARING: "会议尚未开幕，不能表决", IN_PROGRESS: true, CLOSED: "会议已闭会，不能表决" },
  },
  add_election: {
    who: ["OFFICE"],
    when: { PREPARING: true, IN_PROGRESS: true, CLOSED: "会议已闭会，不能新增选举" },
  },
  record_round: {
    who: ["OFFICE"],
    when: { PREPARING: "会议尚未开幕，不能投票选举", IN_PROGRESS: true, CLOSED: "会议已闭会，不能投票选举" },
  },
  // 更正 / 作废 of votes and rounds: also after closing (the audit marks it), never before opening.
  correct_record: {
    who: ["OFFICE"],
    when: { PREPARING: "会议尚未开幕，没有可更正的表决和计票记录", IN_PROGRESS: true, CLOSED: true },
  },
};

describe("the session steps' table", () => {
  for (const name of Object.keys(TABLE) as SessionStepName[]) {
    it(`${name}: available per status × role, with the reason when not`, () => {
      for (const status of STATUSES)
        for (const role of ROLES) {
          const expected = TABLE[name].who.includes(role) ? TABLE[name].when[status] : NOT_YOURS;
          expect(
            SESSION_STEPS[name].available(actor(role), { townshipId: T, status }, new Date()),
            `${status} × ${role}`,
          ).toBe(expected);
        }
    });
  }

  it("nothing on another township's session; the JSON lists every step, open or with its reason", () => {
    for (const name of Object.keys(TABLE) as SessionStepName[])
      expect(
        SESSION_STEPS[name].available(actor("OFFICE"), { townshipId: "t2", status: "IN_PROGRESS" }, new Date()),
      ).toBe(NOT_YOURS);
    expect(sessionStepsFor(actor("CHAIR"), { townshipId: T, status: "IN_PROGRESS" })).toEqual([
      { name: "open", label: "开幕", open: false, reason: NOT_YOURS },
      { name: "revoke_open", label: "撤销开幕", open: false, reason: NOT_YOURS },
      { name: "close", label: "闭会", open: true },
      { name: "edit", label: "编辑会议资料", open: false, reason: NOT_YOURS },
      { name: "correct", label: "更正会议记录", open: false, reason: NOT_YOURS },
      { name: "vote", label: "登记表决", open: false, reason: NOT_YOURS },
      { name: "add_election", label: "新增选举", open: false, reason: NOT_YOURS },
      { name: "record_round", label: "登记投票结果", open: false, reason: NOT_YOURS },
      { name: "correct_record", label: "更正或作废表决、计票记录", open: false, reason: NOT_YOURS },
    ]);
  });
});

describe("开幕 and 撤销开幕 (issue 13)", () => {
  const day = (d: string) => new Date(`${d}T00:00:00Z`);
  const at = (d: string) => new Date(`${d}T02:00:00Z`); // 10:00 in China
  const office = actor("OFFICE");

  it("the 开幕 step carries the open checklist items and asks for a reason before the start date", () => {
    const r = {
      townshipId: T,
      status: "PREPARING" as const,
      startDate: day("2026-12-10"),
      openChecklist: ["印发会议通知", "布置会场"],
    };
    const early = sessionStepsFor(office, r, at("2026-12-08")).find((s) => s.name === "open");
    expect(early).toMatchObject({
      open: true,
      needsReason: true,
      confirm: ["筹备清单尚有 2 项未完成：印发会议通知、布置会场", "今天早于预定的开幕日期，提前开幕须写明原因"],
    });
    const onTime = sessionStepsFor(office, { ...r, openChecklist: [] }, at("2026-12-10")).find(
      (s) => s.name === "open",
    );
    expect(onTime).toEqual({ name: "open", label: "开幕", open: true, confirm: ["筹备清单已全部完成"] });
  });

  it("撤销开幕 is open on the day of opening while nothing is recorded, not the next day nor after a vote", () => {
    const r = { townshipId: T, status: "IN_PROGRESS" as const, openedAt: at("2026-12-10"), recorded: 0 };
    const verdict = (rec: typeof r, now: string) => SESSION_STEPS.revoke_open.available(office, rec, at(now));
    expect(verdict(r, "2026-12-10")).toBe(true);
    expect(verdict(r, "2026-12-11")).toBe("只能在开幕当天撤销开幕");
    expect(verdict({ ...r, recorded: 1 }, "2026-12-10")).toBe("会议已有表决或选举结果，不能撤销开幕");
  });
});

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
  close: {
    who: ["OFFICE", "CHAIR"],
    when: { PREPARING: "只有召开中的会议可以闭会", IN_PROGRESS: true, CLOSED: "只有召开中的会议可以闭会" },
  },
  edit: { who: ["OFFICE"], when: { PREPARING: true, IN_PROGRESS: true, CLOSED: true } },
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
      { name: "close", label: "闭会", open: true },
      { name: "edit", label: "编辑会议资料", open: false, reason: NOT_YOURS },
      { name: "vote", label: "登记表决", open: false, reason: NOT_YOURS },
      { name: "add_election", label: "新增选举", open: false, reason: NOT_YOURS },
      { name: "record_round", label: "登记投票结果", open: false, reason: NOT_YOURS },
      { name: "correct_record", label: "更正或作废表决、计票记录", open: false, reason: NOT_YOURS },
    ]);
  });
});

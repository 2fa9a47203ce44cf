import { describe, expect, it } from "vitest";
import { testActor } from "@/tests/factories/actor";
import { SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import type { Relation } from "@/lib/suggestions/policy";
import { STATES, type SuggestionState } from "@/lib/suggestions/rules";
import { STEP_NAMES, SUGGESTION_STEPS, stepsFor } from "@/lib/suggestions/steps/table";
import { NOT_YOURS, type StepName, type StepRecord } from "@/lib/suggestions/steps/types";

// Written from the brief: who takes each step of a suggestion, from which states, and why not.
const T = "township-1";
const NOW = new Date(Date.UTC(2026, 5, 10));
const actor = testActor;
const rel = (over: Partial<Relation> = {}): Relation => ({ proposer: false, leadProposer: false, unit: null, ...over });

/** Everyone a suggestion meets, as the actor and their relation to it. */
const WHO = {
  office: [actor("OFFICE"), rel()],
  chair: [actor("CHAIR"), rel()],
  presidium: [actor("PRESIDIUM"), rel()],
  leadProposer: [actor("DEPUTY"), rel({ proposer: true, leadProposer: true })],
  cosigner: [actor("DEPUTY"), rel({ proposer: true })],
  deputy: [actor("DEPUTY"), rel()],
  leadUnit: [actor("UNIT"), rel({ unit: "LEAD" })],
  coUnit: [actor("UNIT"), rel({ unit: "CO" })],
  otherUnit: [actor("UNIT"), rel()],
} as const;
type Who = keyof typeof WHO;

const record = (state: SuggestionState, relation: Relation, over: Partial<StepRecord> = {}): StepRecord => ({
  townshipId: T,
  kind: "SUGGESTION",
  state,
  published: false,
  motionDecision: null,
  relation,
  delayed: false,
  coInputOwed: true,
  coInputsOwed: 1,
  returnBy: new Date(NOW.getTime() + 3 * 86_400_000),
  returnWorkingDays: 7,
  contactRequired: false,
  ...over,
});

const refused = (state: SuggestionState) => `建议当前为“${SUGGESTION_STATE_LABELS[state]}”，不能执行此操作`;
const handling = (reason: string) => (s: SuggestionState) => (s === "ASSIGNED" || s === "REHANDLING" ? true : reason);
const from =
  (...states: SuggestionState[]) =>
  (s: SuggestionState) =>
    states.includes(s) ? true : refused(s);

/** Per step: who may take it, and from each state whether it may happen (true) or why not. */
const TABLE: Record<StepName, { who: Who[]; when: (s: SuggestionState) => true | string }> = {
  submit: { who: ["office", "leadProposer"], when: from("DRAFT") },
  withdraw: { who: ["office", "leadProposer"], when: from("DRAFT", "SUBMITTED", "REGISTERED") },
  register: { who: ["office"], when: from("SUBMITTED") },
  merge: { who: ["office"], when: from("SUBMITTED", "REGISTERED") },
  decide_motion: { who: ["office", "chair"], when: () => "只有议案需要主席团决定是否列入会议议程" },
  assign: { who: ["office"], when: from("REGISTERED") },
  return: { who: ["leadUnit"], when: from("ASSIGNED") },
  progress: { who: ["leadUnit", "coUnit"], when: handling("只有办理中的建议可以记录进展") },
  co_input: { who: ["coUnit", "office"], when: handling("只有办理中的建议可以提交协办意见") },
  delay: { who: ["leadUnit"], when: handling("只有办理中的建议可以申请延期") },
  reply: { who: ["leadUnit", "office"], when: from("ASSIGNED", "REHANDLING") },
  rate: { who: ["leadProposer", "cosigner", "office"], when: from("REPLIED") },
  close: { who: ["office"], when: from("REPLIED", "RATED") },
  publish: {
    who: ["office"],
    when: (s) => (["REPLIED", "RATED", "CLOSED"].includes(s) ? true : "答复后才能公开"),
  },
};

describe("the suggestion steps' table", () => {
  it("has every step, each under its own name", () => {
    expect([...STEP_NAMES].sort()).toEqual(Object.keys(TABLE).sort());
    for (const name of STEP_NAMES) expect(SUGGESTION_STEPS[name].name).toBe(name);
  });

  for (const name of Object.keys(TABLE) as StepName[]) {
    it(`${name}: available per state × who, with the reason when not`, () => {
      const step = SUGGESTION_STEPS[name];
      for (const state of STATES)
        for (const who of Object.keys(WHO) as Who[]) {
          const [a, r] = WHO[who];
          const expected = TABLE[name].who.includes(who) ? TABLE[name].when(state) : NOT_YOURS;
          expect(step.available(a, record(state, r), NOW), `${state} × ${who}`).toBe(expected);
        }
    });
  }

  it("nobody takes a step on another township's suggestion", () => {
    for (const name of STEP_NAMES) {
      const [a, r] = WHO[TABLE[name].who[0]];
      const state = STATES.find((s) => TABLE[name].when(s) === true) ?? "DRAFT";
      expect(SUGGESTION_STEPS[name].available(a, record(state, r, { townshipId: "township-2" }), NOW)).toBe(NOT_YOURS);
    }
  });
});

describe("the steps' further conditions", () => {
  const at = (name: StepName, who: Who, state: SuggestionState, over: Partial<StepRecord>) =>
    SUGGESTION_STEPS[name].available(WHO[who][0], record(state, WHO[who][1], over), NOW);

  it("a return only within the return window (its last day included)", () => {
    expect(at("return", "leadUnit", "ASSIGNED", { returnBy: NOW })).toBe(true);
    expect(at("return", "leadUnit", "ASSIGNED", { returnBy: new Date(NOW.getTime() - 86_400_000) })).toBe(
      "交办已超过 7 个工作日，不能退回，请与人大办联系",
    );
  });

  it("one delay notice, one co-unit input per round, one publication", () => {
    expect(at("delay", "leadUnit", "ASSIGNED", { delayed: true })).toBe("延办反馈书只能提交一次");
    expect(SUGGESTION_STEPS.delay.fields?.["延办反馈书只能提交一次"]).toEqual({
      date: "延期办结日期：已提交过延办反馈书",
    });
    expect(at("co_input", "coUnit", "REHANDLING", { coInputOwed: false })).toBe("本轮办理已提交过协办意见");
    expect(at("publish", "office", "CLOSED", { published: true })).toBe("办理结果已公开");
  });

  it("a motion: decided once, before handling; assigned only once decided", () => {
    const motion = { kind: "MOTION" as const };
    expect(at("decide_motion", "chair", "SUBMITTED", motion)).toBe(true);
    expect(at("decide_motion", "office", "REGISTERED", motion)).toBe(true);
    expect(at("decide_motion", "office", "ASSIGNED", motion)).toBe("议案已进入办理，不能再作决定");
    expect(at("decide_motion", "office", "REGISTERED", { ...motion, motionDecision: "HANDLE_AS_SUGGESTION" })).toBe(
      "该议案已作出处理决定",
    );
    expect(at("assign", "office", "REGISTERED", motion)).toBe("议案须先由主席团决定是否列入会议议程");
    expect(at("assign", "office", "REGISTERED", { ...motion, motionDecision: "HANDLE_AS_SUGGESTION" })).toBe(true);
  });
});

describe("代录: the office keys a unit's or a deputy's paper form in", () => {
  const view = (who: Who, state: SuggestionState, over: Partial<StepRecord> = {}) =>
    stepsFor(WHO[who][0], record(state, WHO[who][1], over), NOW);

  it("the office's reply, rating and co-unit input are marked as taken on someone's behalf", () => {
    expect(view("office", "ASSIGNED").find((s) => s.name === "reply")).toEqual({
      name: "reply",
      label: "代录答复",
      open: true,
      onBehalf: true,
    });
    expect(view("office", "REPLIED").find((s) => s.name === "rate")).toMatchObject({
      label: "代录评价（满意度测评表）",
      open: true,
      onBehalf: true,
    });
    expect(view("office", "ASSIGNED").find((s) => s.name === "co_input")).toMatchObject({
      label: "代录协办意见",
      onBehalf: true,
    });
    // The unit and the deputy enter their own: no 代录.
    expect(view("leadUnit", "ASSIGNED").find((s) => s.name === "reply")?.onBehalf).toBeUndefined();
    expect(view("leadProposer", "REPLIED").find((s) => s.name === "rate")?.onBehalf).toBeUndefined();
  });

  it("the office keys a co-unit's input only while one still owes it", () => {
    const at = (over: Partial<StepRecord>) =>
      SUGGESTION_STEPS.co_input.available(WHO.office[0], record("ASSIGNED", WHO.office[1], over), NOW);
    expect(at({ coInputsOwed: 0 })).toBe("各协办单位本轮都已提交协办意见");
    expect(at({ coInputsOwed: 2 })).toBe(true);
  });
});

describe("stepsFor: what a record's JSON carries", () => {
  const view = (who: Who, state: SuggestionState, over: Partial<StepRecord> = {}) =>
    stepsFor(WHO[who][0], record(state, WHO[who][1], over), NOW);

  it("every step, open or with its reason", () => {
    const steps = view("leadUnit", "REHANDLING");
    expect(steps.map((s) => s.name)).toEqual(STEP_NAMES);
    expect(steps.filter((s) => s.open).map((s) => s.name)).toEqual(["reply", "progress", "delay"]);
    expect(steps.find((s) => s.name === "reply")).toEqual({ name: "reply", label: "重新答复", open: true });
    expect(steps.find((s) => s.name === "close")).toEqual({
      name: "close",
      label: "办结",
      open: false,
      reason: NOT_YOURS,
    });
  });

  it("a prerequisite is marked pending for the one who takes the step; closing before a rating asks first", () => {
    const assign = view("office", "REGISTERED", { kind: "MOTION" }).find((s) => s.name === "assign");
    expect(assign).toEqual({
      name: "assign",
      label: "交办",
      open: false,
      pending: true,
      reason: "议案须先由主席团决定是否列入会议议程",
    });
    expect(view("chair", "REGISTERED", { kind: "MOTION" }).find((s) => s.name === "assign")?.pending).toBeUndefined();
    expect(view("office", "REPLIED").find((s) => s.name === "close")).toMatchObject({
      open: true,
      secondary: true,
      confirm: "代表尚未评价答复。办结后不能再答复或评价，确定办结？",
    });
    expect(view("office", "RATED").find((s) => s.name === "close")).toEqual({
      name: "close",
      label: "办结",
      open: true,
    });
  });
});

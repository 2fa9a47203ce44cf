import { describe, it, expect } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { PERMISSIONS, rolesFor } from "@/lib/auth/permissions";
import { assertCan, can } from "@/lib/auth/policy";
import { AppError } from "@/lib/http/errors";

type Role = Actor["role"];
const ROLES: Role[] = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"];
const T1 = "township-1";
const T2 = "township-2";

// Independent expectation matrix, written from the specification (not read from PERMISSIONS).
// Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY, UNIT.
const EXPECTED: Record<string, [boolean, boolean, boolean, boolean, boolean]> = {
  "dashboard.view": [true, true, true, true, true],
  "dashboard.year": [true, true, true, false, false],
  "account.change_password": [true, true, true, true, true],
  "search.run": [true, true, true, true, true],
  "inbox.view": [false, false, false, false, true],
  "user.list": [true, false, false, false, false],
  "user.create": [true, false, false, false, false],
  "user.update": [true, false, false, false, false],
  "user.correct": [true, false, false, false, false],
  "user.reset_password": [true, false, false, false, false],
  "audit.list": [true, false, false, false, false],
  "unit.list": [true, true, true, false, false],
  "unit.view": [true, true, true, false, true],
  "unit.create": [true, false, false, false, false],
  "unit.update": [true, false, false, false, false],
  "unit.correct": [true, false, false, false, false],
  "deputy.list": [true, true, true, true, true],
  "deputy.view": [true, true, true, true, true],
  "deputy.create": [true, false, false, false, false],
  "deputy.update": [true, false, false, true, false],
  "deputy.change_status": [true, false, false, false, false],
  "deputy.correct_status": [true, false, false, false, false],
  "deputy.import": [true, false, false, false, false],
  "deputy.export": [true, false, false, false, false],
  "group.list": [true, true, true, true, false],
  "group.manage": [true, false, false, false, false],
  "term.list": [true, true, true, false, false],
  "term.manage": [true, false, false, false, false],
  "presidium_link.list": [true, true, true, false, false],
  "presidium_link.manage": [true, false, false, false, false],
  "session.list": [true, true, true, true, false],
  "session.view": [true, true, true, true, false],
  "session.manage": [true, false, false, false, false],
  "session.attendance_view": [true, true, true, false, false],
  "session.close": [true, true, false, false, false],
  "presidium_meeting.list": [true, true, true, false, false],
  "presidium_meeting.manage": [true, false, false, false, false],
  "suggestion.list": [true, true, true, true, true],
  "suggestion.view": [true, true, true, true, true],
  "suggestion.create": [true, false, false, true, false],
  "suggestion.update": [true, false, false, true, false],
  "suggestion.transition": [true, true, false, true, true],
  "suggestion.rate": [true, false, false, true, false],
  "suggestion.sign_off": [false, true, false, false, false],
  "suggestion.enter_on_behalf": [true, false, false, false, false],
  "suggestion.reminders": [true, true, true, false, true],
  "suggestion.inbox": [false, false, false, false, true],
  "suggestion.call_proposer": [true, true, true, false, true],
  "suggestion.record_contact": [true, false, false, false, true],
  "suggestion.contacts_view": [true, true, false, true, true],
  "suggestion.attach": [true, false, false, true, true],
  "suggestion_category.list": [true, true, true, true, false],
  "suggestion_category.manage": [true, false, false, false, false],
  "suggestion.figures": [true, true, true, false, false],
  "suggestion.internal_steps": [true, true, true, false, false],
  "suggestion.export": [true, true, true, false, false],
  "calendar.view": [true, true, true, false, false],
  "calendar.manage": [true, false, false, false, false],
  // Supervision: office plans and records, chair approves and reads, deputies read theirs and vote,
  // a unit reads what concerns it, the presidium reads (record rules in lib/supervision/policy.ts).
  "supervision.list": [true, true, true, true, true],
  "supervision.view": [true, true, true, true, true],
  "supervision.manage": [true, false, false, false, false],
  "supervision.approve": [false, true, false, false, false],
  "supervision.vote": [false, false, false, true, false],
  "supervision.enter_paper": [true, false, false, false, false],
  "supervision.results": [true, true, true, true, true],
  "supervision.print": [true, true, true, false, false],
  "supervision.figures": [true, true, true, false, false],
  // Findings and review opinions, suggestions from an activity and the 再测评: the office keeps them.
  "supervision_opinion.manage": [true, false, false, false, false],
  "supervision_suggestion.create": [true, false, false, false, false],
  "supervision_repoll.create": [true, false, false, false, false],
  // Rectification (整改): office, chair and presidium read the township's tasks, a unit only its own
  // (record rule in lib/supervision/rectification/access.ts); the unit reports (the office keys a paper
  // report), the office reviews, reminds and records the follow-up visit. Deputies have no access.
  "rectification.list": [true, true, true, false, true],
  "rectification.view": [true, true, true, false, true],
  "rectification.report": [true, false, false, false, true],
  "rectification.review": [true, false, false, false, false],
  "rectification.remind": [true, false, false, false, false],
  "rectification.visit": [true, false, false, false, false],
  "constituency.list": [true, true, true, false, false],
  "constituency.manage": [true, false, false, false, false],
  // Reception days (接待选民日): the office keeps them, the chair and presidium read, a deputy reads and
  // records visitors on the days they are on duty; visitors' phone and address only for office and chair.
  "reception.list": [true, true, true, true, false],
  "reception.view": [true, true, true, true, false],
  "reception.manage": [true, false, false, false, false],
  "reception.record_visit": [true, false, false, true, false],
  "reception.convert": [true, false, false, false, false],
  "reception.personal_data": [true, true, false, false, false],
  "reception.print": [true, true, true, false, false],
  "reception.figures": [true, true, true, false, false],
  // The deputy's record: office and chair all, the presidium its linked deputies, a deputy their own (record
  // rules in lib/deputy-record/policy.ts); units none. 履职公示: published by the office, read by everyone.
  "deputy_record.view": [true, true, true, true, false],
  "deputy_record.own": [false, false, false, true, false],
  "deputy_record.publish": [true, false, false, false, false],
  "deputy_record.public_view": [true, true, true, true, true],
  // Group activities: the township's read by office, chair, presidium; a deputy their group's; the office (and a
  // group's leader, by record rule) records; the office plans and registers suggestions from a record.
  "group_activity.list": [true, true, true, true, false],
  "group_activity.view": [true, true, true, true, false],
  "group_activity.manage": [true, false, false, true, false],
  "group_activity.plan": [true, false, false, false, false],
  "group_activity_suggestion.create": [true, false, false, false, false],
  "group_activity.figures": [true, true, true, false, false],
  // Duty register: deputies and presidium members write their own, the office keys and reviews; units nothing.
  "duty.list": [true, true, true, true, false],
  "duty.view": [true, true, true, true, false],
  "duty.create": [true, false, true, true, false],
  "duty.update": [true, false, true, true, false],
  "duty.review": [true, false, false, false, false],
  "duty.figures": [true, true, true, false, false],
  "voter_report.list": [true, true, true, true, false],
  "voter_report.manage": [true, false, false, false, false],
  // Petitions: office and chair all of the township's, a unit the cases handed to it, a deputy those taken
  // at a reception day (record rule in lib/petitions/access.ts); the presidium none. Personal data in
  // full, attachments and the export: office and chair; the export with personal data: the office.
  "petition.list": [true, true, false, true, true],
  "petition.view": [true, true, false, true, true],
  "petition.create": [true, false, false, false, false],
  "petition.update": [true, false, false, false, false],
  "petition.reveal_personal": [true, true, false, false, false],
  "petition.attachments": [true, true, false, false, false],
  "petition.attach": [true, false, false, false, false],
  "petition.export": [true, true, false, false, false],
  "petition.export_personal": [true, false, false, false, false],
  // Petitions: the year's figures and table (counts only) for the office, chair and presidium.
  "petition.figures": [true, true, true, false, false],
  // Petition handling chain: office steps, the chair's 批办 and 延期, the unit's objection and answer.
  "petition.transition": [true, true, false, false, true],
  "petition.handle": [true, false, false, false, false],
  "petition.approve": [false, true, false, false, false],
  "petition.unit_handle": [false, false, false, false, true],
  "petition.enter_on_behalf": [true, false, false, false, false],
  "petition.documents": [true, true, false, false, false],
  // Training: the office keeps plans and trainings, the chair approves plans and decides leave, the presidium
  // reads; a deputy reads their own trainings and asks leave; units none.
  "training_plan.list": [true, true, true, false, false],
  "training_plan.manage": [true, false, false, false, false],
  "training_plan.approve": [false, true, false, false, false],
  "training.list": [true, true, true, true, false],
  "training.view": [true, true, true, true, false],
  "training.manage": [true, false, false, false, false],
  "training.request_leave": [true, false, false, true, false],
  "training.decide_leave": [false, true, false, false, false],
  "training.figures": [true, true, true, false, false],
  "work_plan.list": [true, true, true, false, false],
  "work_plan.manage": [true, false, false, false, false],
  "work_plan.approve": [true, true, false, false, false],
  // The annual summary: every module's figures, for the office, chair and presidium.
  "summary.view": [true, true, true, false, false],
  "document.list": [true, true, true, false, false],
  "document.view": [true, true, true, false, false],
  "document.manage": [true, false, false, false, false],
  "document.export": [true, true, true, false, false],
  "archive.view": [true, true, false, false, false],
  "publicity.list": [true, true, true, false, false],
  "publicity.manage": [true, false, false, false, false],
  // The county view: a county account only (lib/county); no township role.
  "county.view": [false, false, false, false, false],
};

function actor(role: Role, overrides: Partial<Actor> = {}): Actor {
  return {
    userId: `user-${role.toLowerCase()}`,
    sessionId: `session-${role.toLowerCase()}`,
    townshipId: T1,
    username: role.toLowerCase(),
    displayName: `测试${role}`,
    role,
    deputyId: role === "DEPUTY" ? "deputy-1" : null,
    unitId: role === "UNIT" ? "unit-1" : null,
    mustChangePassword: false,
    requestId: "test-request",
    ip: null,
    ...overrides,
  };
}

const cases = Object.entries(EXPECTED).flatMap(([action, row]) =>
  ROLES.map((role, i) => ({ action, role, allowed: row[i] })),
);

describe("permission table", () => {
  it("the expectation matrix covers exactly the actions in PERMISSIONS", () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it("rolesFor returns an empty list for an unknown action", () => {
    expect(rolesFor("no.such_action")).toEqual([]);
  });
});

describe("can: role × action without a record", () => {
  it.each(cases)("$role → $action is $allowed", ({ action, role, allowed }) => {
    expect(can(actor(role), action)).toBe(allowed);
  });
});

describe("can: role × action with a record of the actor's own township", () => {
  // For record-scoped actions the record is the actor's own unit / deputy.
  it.each(cases)("$role → $action on own-township record is $allowed", ({ action, role, allowed }) => {
    const a = actor(role);
    expect(can(a, action, { townshipId: T1, userId: a.userId, deputyId: a.deputyId, unitId: a.unitId })).toBe(allowed);
  });
});

// The county account (县人大) is not a township role: it is written apart so the table above keeps its columns.
// Deny by default: the shell, its own password and the county view, and nothing else — no township record, list,
// person, petition or figure page (the county's figures come through lib/county only).
const COUNTY_ALLOWED = new Set(["dashboard.view", "account.change_password", "county.view"]);

describe("can: the county account (县人大)", () => {
  it.each(Object.keys(EXPECTED))("COUNTY → %s", (action) => {
    const county = actor("COUNTY");
    expect(can(county, action)).toBe(COUNTY_ALLOWED.has(action));
    expect(can(county, action, { townshipId: T1, userId: county.userId })).toBe(COUNTY_ALLOWED.has(action));
    expect(can(county, action, { townshipId: T2 })).toBe(false);
  });

  it("is refused every action the table has for township roles", () => {
    for (const action of Object.keys(PERMISSIONS))
      if (!COUNTY_ALLOWED.has(action)) expect(rolesFor(action), action).not.toContain("COUNTY");
    expect(() => assertCan(actor("COUNTY"), "petition.view")).toThrow(AppError);
    expect(() => assertCan(actor("COUNTY"), "user.list")).toThrow(AppError);
  });
});

describe("can: deny by default", () => {
  it.each(ROLES)("unknown action is denied for %s", (role) => {
    expect(can(actor(role), "user.delete")).toBe(false);
    expect(can(actor(role), "")).toBe(false);
    expect(can(actor(role), "USER.LIST")).toBe(false);
  });

  // Regression: inherited Object.prototype members must not count as permissions.
  it("an action name that is an Object.prototype property is denied, not a crash", () => {
    for (const role of ROLES) {
      for (const action of ["toString", "constructor", "__proto__", "hasOwnProperty"]) {
        expect(() => can(actor(role), action)).not.toThrow();
        expect(can(actor(role), action)).toBe(false);
      }
    }
  });

  it.each([null, undefined])("actor %s is denied every action", (nobody) => {
    for (const action of Object.keys(EXPECTED)) {
      expect(can(nobody, action)).toBe(false);
      expect(can(nobody, action, { townshipId: T1 })).toBe(false);
    }
  });

  it("a role outside the table is denied", () => {
    const stranger = actor("OFFICE", { role: "ADMIN" as unknown as Role });
    expect(can(stranger, "dashboard.view")).toBe(false);
  });

  it.each(cases.filter((c) => c.allowed))(
    "$role → $action on another township's record is denied",
    ({ action, role }) => {
      const a = actor(role);
      expect(can(a, action, { townshipId: T2, deputyId: a.deputyId, unitId: a.unitId })).toBe(false);
    },
  );
});

describe("can: record rules", () => {
  it("UNIT may view only its own unit", () => {
    const unit = actor("UNIT", { unitId: "unit-1" });
    expect(can(unit, "unit.view", { townshipId: T1, unitId: "unit-1" })).toBe(true);
    expect(can(unit, "unit.view", { townshipId: T1, unitId: "unit-2" })).toBe(false);
    expect(can(unit, "unit.view", { townshipId: T1, unitId: null })).toBe(false);
    expect(can(unit, "unit.view", { townshipId: T1 })).toBe(false);
  });

  it("UNIT without a unitId may not view any unit record", () => {
    const unit = actor("UNIT", { unitId: null });
    expect(can(unit, "unit.view", { townshipId: T1, unitId: null })).toBe(false);
    expect(can(unit, "unit.view", { townshipId: T1 })).toBe(false);
  });

  it.each(["OFFICE", "CHAIR", "PRESIDIUM"] as Role[])("%s may view any unit of the township", (role) => {
    expect(can(actor(role), "unit.view", { townshipId: T1, unitId: "unit-99" })).toBe(true);
  });

  it("DEPUTY may update only its own deputy record", () => {
    const deputy = actor("DEPUTY", { deputyId: "deputy-1" });
    expect(can(deputy, "deputy.update", { townshipId: T1, deputyId: "deputy-1" })).toBe(true);
    expect(can(deputy, "deputy.update", { townshipId: T1, deputyId: "deputy-2" })).toBe(false);
    expect(can(deputy, "deputy.update", { townshipId: T1, deputyId: null })).toBe(false);
    expect(can(deputy, "deputy.update", { townshipId: T1 })).toBe(false);
    expect(can(actor("OFFICE"), "deputy.update", { townshipId: T1, deputyId: "deputy-2" })).toBe(true);
  });

  it("DEPUTY without a deputyId may not update any deputy record", () => {
    const deputy = actor("DEPUTY", { deputyId: null });
    expect(can(deputy, "deputy.update", { townshipId: T1, deputyId: null })).toBe(false);
  });
});

function thrown(fn: () => void): AppError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return err as AppError;
  }
  throw new Error("expected an AppError, nothing was thrown");
}

describe("assertCan", () => {
  it("passes silently when allowed", () => {
    expect(() => assertCan(actor("OFFICE"), "user.list", { townshipId: T1 })).not.toThrow();
    expect(() => assertCan(actor("UNIT"), "unit.view", { townshipId: T1, unitId: "unit-1" })).not.toThrow();
  });

  it("throws NOT_FOUND (404) for another township's record, even for a permitted role", () => {
    const err = thrown(() => assertCan(actor("OFFICE"), "unit.view", { townshipId: T2, unitId: "unit-1" }));
    expect(err.code).toBe("NOT_FOUND");
    expect(err.status).toBe(404);
  });

  it("throws NOT_FOUND for another township's record even when hideAs is FORBIDDEN and the role lacks the permission", () => {
    const err = thrown(() => assertCan(actor("CHAIR"), "user.list", { townshipId: T2 }, "FORBIDDEN"));
    expect(err.code).toBe("NOT_FOUND");
  });

  it("throws FORBIDDEN (403) when the role lacks the permission", () => {
    const err = thrown(() => assertCan(actor("DEPUTY"), "user.list"));
    expect(err.code).toBe("FORBIDDEN");
    expect(err.status).toBe(403);
    expect(err.message).toBe("没有权限执行此操作");
  });

  it("throws FORBIDDEN for a record rule violation in the own township", () => {
    const err = thrown(() => assertCan(actor("DEPUTY"), "deputy.update", { townshipId: T1, deputyId: "deputy-2" }));
    expect(err.code).toBe("FORBIDDEN");
  });

  it("throws the hideAs code for an own-township denial when asked to hide it", () => {
    const err = thrown(() => assertCan(actor("UNIT"), "unit.view", { townshipId: T1, unitId: "unit-2" }, "NOT_FOUND"));
    expect(err.code).toBe("NOT_FOUND");
  });
});

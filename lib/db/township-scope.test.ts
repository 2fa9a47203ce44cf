import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { scopeArgs, TOWNSHIP_SCOPED_MODELS } from "@/lib/db/township-scope";

const T = "township-1";
// Written from the schema, not read from TOWNSHIP_SCOPED_MODELS.
const SCOPED = [
  "User",
  "AuditLog",
  "Term",
  "Deputy",
  "RepresentativeGroup",
  "HandlingUnit",
  "DeputyStatusChange",
  "PresidiumLink",
  "GroupStandardCheck",
  "CongressSession",
  "ChecklistTemplateItem",
  "SessionChecklistItem",
  "AgendaItem",
  "SessionDocument",
  "SessionAttendance",
  "SessionVote",
  "StoredFile",
  "NamedVoteBallot",
  "SessionRollEntry",
  "Election",
  "ElectionCandidate",
  "ElectionRound",
  "ElectionRoundResult",
  "PresidiumMeeting",
  "PresidiumMeetingMember",
  "PresidiumMeetingInvitee",
  "PresidiumMeetingTopic",
  "SuggestionCategory",
  "Suggestion",
  "SuggestionProposer",
  "SuggestionAssignment",
  "SuggestionEvent",
  "SuggestionAttachment",
  "SuggestionContact",
  "SupervisionActivity",
  "SupervisionTarget",
  "SupervisionParticipant",
  "SupervisionPoll",
  "SupervisionBallot",
  "SupervisionPollVoter",
  "SupervisionFinding",
  "ReviewOpinion",
  "RectificationTask",
  "RectificationReport",
  "RectificationAttachment",
  "RectificationEvent",
  "SupervisionDocument",
  "SupervisionSuggestion",
  "Notification",
  "OutgoingMessage",
  "Constituency",
  "Petition",
  "Petitioner",
  "PetitionAssignment",
  "PetitionReply",
  "PetitionEvent",
  "PetitionAttachment",
  "PetitionReview",
  "PetitionRecusal",
  "ReceptionDay",
  "ReceptionDuty",
  "ReceptionVisit",
  "TrainingPlan",
  "TrainingPlanGroup",
  "TrainingPlanItem",
  "TrainingSession",
  "TrainingEnrolment",
  "TrainingLeaveRequest",
  // Group activities and the duty register.
  "GroupActivityPlan",
  "GroupActivity",
  "GroupActivityAttendee",
  "GroupActivityPhoto",
  "GroupActivitySuggestion",
  "DeputyDuty",
  "DeputyDutyPhoto",
  "VoterReport",
  // 履职公示 of a year (lib/deputy-record).
  "DutyRecordPublication",
  "WorkPlan",
  "WorkPlanItem",
  "WorkPlanItemLink",
  "DocumentRecord",
  "DocumentRecordLink",
  "PublicityItem",
];
const UNSCOPED = ["UserSession", "LoginAttempt", "Setting", "JobRun"];
const WHERE_OPS = [
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
];

describe("scopeArgs: scoped models", () => {
  it("the scoped model list matches the expected models", () => {
    expect([...TOWNSHIP_SCOPED_MODELS].sort()).toEqual([...SCOPED].sort());
  });

  it.each(["findMany", "findUnique", "update", "delete", "count"])("%s adds townshipId to where", (op) => {
    expect(scopeArgs("User", op, { where: { id: "u1" } }, T)).toEqual({ where: { id: "u1", townshipId: T } });
  });

  it("adds a where when there was none", () => {
    expect(scopeArgs("Deputy", "findMany", undefined, T)).toEqual({ where: { townshipId: T } });
    expect(scopeArgs("Deputy", "count", {}, T)).toEqual({ where: { townshipId: T } });
  });

  it("a caller cannot widen the filter to another township", () => {
    expect(scopeArgs("User", "findMany", { where: { townshipId: "township-2" } }, T).where).toEqual({ townshipId: T });
  });

  it("keeps other arguments and does not mutate the input", () => {
    const args = { where: { active: true }, orderBy: { username: "asc" }, take: 20, data: { displayName: "张三" } };
    const snapshot = structuredClone(args);
    const out = scopeArgs("User", "updateMany", args, T);
    expect(out).toEqual({ ...snapshot, where: { active: true, townshipId: T } });
    expect(args).toEqual(snapshot);
  });

  it("create adds townshipId to data, overriding a caller's value", () => {
    expect(scopeArgs("HandlingUnit", "create", { data: { name: "镇财政所" } }, T)).toEqual({
      data: { name: "镇财政所", townshipId: T },
    });
    expect(scopeArgs("HandlingUnit", "create", { data: { name: "x", townshipId: "township-2" } }, T).data).toEqual({
      name: "x",
      townshipId: T,
    });
    expect(scopeArgs("HandlingUnit", "create", { data: { name: "x" } }, T).where).toBeUndefined();
  });

  it.each(["createMany", "createManyAndReturn"])("%s adds townshipId to each row", (op) => {
    const out = scopeArgs(
      "Term",
      op,
      { data: [{ number: 1 }, { number: 2, townshipId: "township-2" }], skipDuplicates: true },
      T,
    );
    expect(out).toEqual({
      data: [
        { number: 1, townshipId: T },
        { number: 2, townshipId: T },
      ],
      skipDuplicates: true,
    });
  });

  it("createMany with a single object row is scoped too", () => {
    expect(scopeArgs("Term", "createMany", { data: { number: 1 } }, T).data).toEqual({ number: 1, townshipId: T });
  });

  it("upsert scopes both where and create, and leaves update alone", () => {
    const out = scopeArgs(
      "User",
      "upsert",
      { where: { id: "u1" }, create: { username: "a" }, update: { displayName: "b" } },
      T,
    );
    expect(out).toEqual({
      where: { id: "u1", townshipId: T },
      create: { username: "a", townshipId: T },
      update: { displayName: "b" },
    });
  });
});

describe("scopeArgs: updates", () => {
  it.each(["update", "updateMany", "updateManyAndReturn"])("%s cannot move a record to another township", (op) => {
    expect(
      scopeArgs("Deputy", op, { where: { id: "d" }, data: { name: "x", townshipId: "township-2" } }, T).data,
    ).toEqual({ name: "x", townshipId: T });
    expect(scopeArgs("Deputy", op, { where: { id: "d" }, data: { name: "x" } }, T).data).toEqual({ name: "x" });
  });

  it("upsert's update cannot move it either", () => {
    expect(
      scopeArgs("Deputy", "upsert", { where: { id: "d" }, create: {}, update: { townshipId: "township-2" } }, T).update,
    ).toEqual({ townshipId: T });
  });
});

describe("scopeArgs: unscoped models", () => {
  it.each(UNSCOPED.flatMap((m) => [...WHERE_OPS, "create", "createMany"].map((op) => [m, op])))(
    "%s.%s is untouched",
    (model, op) => {
      const args = { where: { id: "x" }, data: { key: "v" }, create: { key: "v" } };
      expect(scopeArgs(model, op, args, T)).toEqual({ where: { id: "x" }, data: { key: "v" }, create: { key: "v" } });
    },
  );

  it("undefined args become an empty object", () => {
    expect(scopeArgs("Setting", "findMany", undefined, T)).toEqual({});
  });
});

describe("scopeArgs: the Township model", () => {
  it.each(WHERE_OPS)("%s is confined by id", (op) => {
    expect(scopeArgs("Township", op, { where: { code: "qs" } }, T)).toEqual({ where: { code: "qs", id: T } });
  });

  it("does not get a townshipId column", () => {
    const out = scopeArgs("Township", "findMany", {}, T);
    expect(out.where).toEqual({ id: T });
    expect(out.where).not.toHaveProperty("townshipId");
  });

  it("asking for another township by id finds nothing instead of one's own", () => {
    expect(scopeArgs("Township", "findUnique", { where: { id: "township-2" } }, T)).toEqual({
      where: { id: T, AND: [{ id: "township-2" }] },
    });
    expect(scopeArgs("Township", "findUnique", { where: { id: T } }, T)).toEqual({ where: { id: T } });
  });

  it("create is not changed", () => {
    expect(scopeArgs("Township", "create", { data: { name: "清水镇" } }, T)).toEqual({ data: { name: "清水镇" } });
  });
});

describe("scopeArgs: property", () => {
  // Keys other than townshipId; "__proto__" is excluded because object spread cannot copy it as an own key.
  const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k !== "townshipId" && k !== "__proto__");
  const value = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string()),
  );
  const where = fc.dictionary(key, value, { maxKeys: 8 });

  it("for any where, scoped model and where-operation: where.townshipId is the township and other keys are kept", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SCOPED),
        fc.constantFrom(...WHERE_OPS),
        where,
        fc.option(fc.string(), { nil: undefined }),
        fc.string({ minLength: 1 }),
        (model, op, w, callerTownship, townshipId) => {
          const input = callerTownship === undefined ? { ...w } : { ...w, townshipId: callerTownship };
          const out = scopeArgs(model, op, { where: input }, townshipId);
          const result = out.where as Record<string, unknown>;
          expect(result.townshipId).toBe(townshipId);
          const { townshipId: _t, ...rest } = result;
          void _t;
          expect(rest).toEqual(w);
        },
      ),
      { numRuns: 500 },
    );
  });
});

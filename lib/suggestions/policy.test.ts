import { describe, expect, it } from "vitest";
import { testActor } from "@/tests/factories/actor";
import {
  canDownloadAttachment,
  canManageSuggestionFiles,
  canSeeCoInput,
  isEditable,
  suggestionViewFor,
  type Relation,
} from "@/lib/suggestions/policy";

const T = "township-1";
const actor = testActor;
const rel = (over: Partial<Relation> = {}): Relation => ({ proposer: false, leadProposer: false, unit: null, ...over });
const s = { townshipId: T, published: false };
const elsewhere = { townshipId: "township-2", published: false };

// Written from the brief, not read from the policy: who may add or remove the suggestion's own
// files, download which files, and read a co-unit's input (who takes which step: steps/table.test.ts).
describe("attachments policy", () => {
  it("the office and the lead proposer manage the suggestion's own files; a co-signer, the chair and units do not", () => {
    expect(canManageSuggestionFiles(actor("OFFICE"), s, rel())).toBe(true);
    expect(canManageSuggestionFiles(actor("DEPUTY"), s, rel({ proposer: true, leadProposer: true }))).toBe(true);
    expect(canManageSuggestionFiles(actor("DEPUTY"), s, rel({ proposer: true }))).toBe(false);
    expect(canManageSuggestionFiles(actor("CHAIR"), s, rel())).toBe(false);
    expect(canManageSuggestionFiles(actor("PRESIDIUM"), s, rel())).toBe(false);
    expect(canManageSuggestionFiles(actor("UNIT"), s, rel({ unit: "LEAD" }))).toBe(false);
    expect(canManageSuggestionFiles(actor("OFFICE"), elsewhere, rel())).toBe(false);
  });

  it("only drafts and submitted suggestions are editable", () => {
    expect(["DRAFT", "SUBMITTED", "REGISTERED", "ASSIGNED", "REPLIED", "CLOSED"].filter(isEditable)).toEqual([
      "DRAFT",
      "SUBMITTED",
    ]);
  });

  it("FULL viewers download everything; the public copy only the reply's files", () => {
    expect(canDownloadAttachment("FULL", "SUGGESTION")).toBe(true);
    expect(canDownloadAttachment("FULL", "DELAY")).toBe(true);
    expect(canDownloadAttachment("PUBLIC", "REPLY")).toBe(true);
    expect(canDownloadAttachment("PUBLIC", "SUGGESTION")).toBe(false);
    expect(canDownloadAttachment("PUBLIC", "DELAY")).toBe(false);
    expect(canDownloadAttachment(null, "REPLY")).toBe(false);
  });
});

describe("co-units' input", () => {
  it("is read by the office, chair, presidium, the lead unit and its author — not by deputies or other co-units", () => {
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const)
      expect(canSeeCoInput(actor(role), rel(), "unit-2"), role).toBe(true);
    expect(canSeeCoInput(actor("UNIT"), rel({ unit: "LEAD" }), "unit-2")).toBe(true);
    expect(canSeeCoInput(actor("UNIT"), rel({ unit: "CO" }), "unit-1")).toBe(true);
    expect(canSeeCoInput(actor("UNIT"), rel({ unit: "CO" }), "unit-2")).toBe(false);
    expect(canSeeCoInput(actor("DEPUTY"), rel({ proposer: true, leadProposer: true }), "unit-2")).toBe(false);
  });
});

describe("drafts", () => {
  const draft = (createdById: string) => ({ townshipId: T, published: false, state: "DRAFT", createdById });
  it("are seen only by their proposers and by the user who wrote them", () => {
    expect(suggestionViewFor(actor("DEPUTY"), draft("deputy-user"), rel({ proposer: true, leadProposer: true }))).toBe(
      "FULL",
    );
    expect(suggestionViewFor(actor("DEPUTY", { userId: "other" }), draft("deputy-user"), rel())).toBeNull();
    expect(suggestionViewFor(actor("OFFICE"), draft("deputy-user"), rel())).toBeNull();
    expect(suggestionViewFor(actor("CHAIR"), draft("deputy-user"), rel())).toBeNull();
    expect(suggestionViewFor(actor("PRESIDIUM"), draft("deputy-user"), rel())).toBeNull();
    expect(suggestionViewFor(actor("OFFICE", { userId: "clerk" }), draft("clerk"), rel())).toBe("FULL");
    expect(
      suggestionViewFor(actor("OFFICE", { userId: "clerk" }), { ...draft("clerk"), townshipId: "township-2" }, rel()),
    ).toBeNull();
  });
  it("once submitted, the office, chair and presidium see it", () => {
    const submitted = { ...draft("deputy-user"), state: "SUBMITTED" };
    for (const role of ["OFFICE", "CHAIR", "PRESIDIUM"] as const)
      expect(suggestionViewFor(actor(role), submitted, rel())).toBe("FULL");
  });
});

import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";

/** What the actor is to this suggestion. */
export interface Relation {
  proposer: boolean;
  leadProposer: boolean;
  /** The actor's unit's part in it: lead unit, co-unit, or none. */
  unit: "LEAD" | "CO" | null;
}

export interface SuggestionRef {
  townshipId: string;
  published: boolean;
  state?: string;
  createdById?: string | null;
}

/**
 * FULL: the office, chair and presidium (their township), the proposers, and the units it is
 * assigned to; PUBLIC: other deputies once it is published — without personal data. A draft is
 * its author's work in progress: only its proposers and the user who wrote it (an office clerk
 * drafting for a deputy) see it until it is submitted.
 */
export function suggestionViewFor(actor: Actor, s: SuggestionRef, rel: Relation): "FULL" | "PUBLIC" | null {
  if (!can(actor, "suggestion.view", { townshipId: s.townshipId })) return null;
  if (s.state === "DRAFT")
    return rel.proposer || (s.createdById != null && s.createdById === actor.userId) ? "FULL" : null;
  if (actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM") return "FULL";
  if (actor.role === "DEPUTY") return rel.proposer ? "FULL" : s.published ? "PUBLIC" : null;
  return rel.unit ? "FULL" : null;
}

/**
 * A co-unit's input (协办意见) is working material between the units: the office, chair and
 * presidium, the lead unit and the co-unit that wrote it see it — not the deputies.
 */
export function canSeeCoInput(actor: Actor, rel: Relation, unitId: string | null): boolean {
  if (actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM") return true;
  return actor.role === "UNIT" && (rel.unit === "LEAD" || (!!unitId && unitId === actor.unitId));
}

// ── Attachments ─────────────────────────────────────────────────────────────

/** Where a file belongs: the suggestion itself, or a unit's reply or delay notice. */
export type AttachmentKind = "SUGGESTION" | "REPLY" | "DELAY";

/** The states in which the proposer and the office may still change the suggestion and its files. */
export const EDITABLE_STATES = ["DRAFT", "SUBMITTED"] as const;
export const isEditable = (state: string) => (EDITABLE_STATES as readonly string[]).includes(state);

/** Who may add or remove the suggestion's own files (the state is checked by the service: 409). */
export const canManageSuggestionFiles = (actor: Actor, s: SuggestionRef, rel: Relation) =>
  can(actor, "suggestion.attach", { townshipId: s.townshipId }) &&
  (actor.role === "OFFICE" || (actor.role === "DEPUTY" && rel.leadProposer));

/**
 * Downloading: whoever sees the suggestion in FULL gets every file; another deputy reading the
 * published public copy gets only the reply's files — the replies are what is published, while the
 * proposer's own files and a delay notice's may carry personal data.
 */
export const canDownloadAttachment = (view: "FULL" | "PUBLIC" | null, kind: AttachmentKind) =>
  view === "FULL" || (view === "PUBLIC" && kind === "REPLY");

// ── 联系代表 ────────────────────────────────────────────────────────────────

/** Contact records are seen by the office, the chair, the suggestion's units and its deputies (the proposers). */
export function canSeeContacts(actor: Actor, s: SuggestionRef, rel: Relation): boolean {
  if (!can(actor, "suggestion.contacts_view", { townshipId: s.townshipId })) return false;
  return actor.role === "OFFICE" || actor.role === "CHAIR" || rel.proposer || rel.unit !== null;
}

/** A contact is recorded by the suggestion's lead or co-unit, or keyed in by the office for one of them (代录). */
export function canRecordContact(actor: Actor, s: SuggestionRef, rel: Relation): boolean {
  if (!can(actor, "suggestion.record_contact", { townshipId: s.townshipId })) return false;
  return actor.role === "OFFICE" || rel.unit !== null;
}

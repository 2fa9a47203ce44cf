// View loaders for the suggestion pages: each page calls one function here and renders what it
// returns. What the actor may do comes from the record's steps (lib/suggestions/steps/table.ts).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { getSettings } from "@/lib/settings";
import { formatDay, parseDay } from "@/lib/time/day";
import { rosterOptions } from "@/lib/roster/public";
import { listUnits } from "@/lib/units/public";
import { SuggestionListQuery } from "@/lib/suggestions/schema";
import { listSuggestions } from "@/lib/suggestions/service";
import { getSuggestionOrThrow } from "@/lib/suggestions/detail";
import { categories } from "@/lib/suggestions/categories";
import { listAttachments } from "@/lib/suggestions/attachments";
import { canManageSuggestionFiles, isEditable } from "@/lib/suggestions/policy";
import { latestDelayDate } from "@/lib/suggestions/rules";
import type { StepName } from "@/lib/suggestions/steps/types";

/** The suggestion page: the record, its files, and the choices of the steps open to the actor now. */
export async function suggestionView(actor: Actor, id: string) {
  const s = await getSuggestionOrThrow(actor, id);
  const full = "events" in s ? s : null;
  const open = (name: StepName) => !!full?.steps.some((x) => x.name === name && x.open);
  const merging = open("merge");
  // The choices of a step, loaded only when the actor may take it now: units to assign, suggestions to merge into.
  const [units, registered, assigned, settings, attachments] = await Promise.all([
    open("assign") ? listUnits(actor, { page: 1, pageSize: 100, active: "true" }) : null,
    merging ? listSuggestions(actor, SuggestionListQuery.parse({ state: "REGISTERED", pageSize: 100 })) : null,
    merging ? listSuggestions(actor, SuggestionListQuery.parse({ state: "ASSIGNED", pageSize: 100 })) : null,
    getSettings(),
    listAttachments(actor, id),
  ]);
  const limits = {
    maxMb: settings["suggestions.attachmentMaxMb"],
    maxFiles: settings["suggestions.attachmentMaxFiles"],
  };
  const ref = { townshipId: actor.townshipId, published: s.published };
  const mayUpload = !!full && canManageSuggestionFiles(actor, ref, s.relation) && isEditable(s.state);
  const mergeTargets = [...(registered?.items ?? []), ...(assigned?.items ?? [])]
    .filter((t) => t.id !== s.id)
    .map((t) => ({ id: t.id, name: `${t.number ?? "未登记"} ${t.title}` }));
  const delayLatest = full?.assignedOn
    ? formatDay(latestDelayDate(parseDay(full.assignedOn), settings["suggestions.broadReplyMonths"]))
    : null;
  // The actor's unit as a co-unit: the due day of its input in this round.
  const coInputDue =
    full?.assignments.find((a) => a.active && !a.lead && a.unit.id === actor.unitId)?.input?.due ?? null;
  return {
    s,
    full,
    attachments,
    upload: mayUpload ? { limits } : null,
    choices: { units: units?.items ?? [], mergeTargets, delayLatest, coInputDue, limits },
  };
}

export type SuggestionView = Awaited<ReturnType<typeof suggestionView>>;

/** The new-suggestion page: categories in use, the deputies to pick, and the limits. */
export async function newSuggestionView(actor: Actor) {
  const [cats, options, settings] = await Promise.all([
    categories(scopedDb(actor.townshipId), actor.townshipId),
    rosterOptions(actor),
    getSettings(),
  ]);
  return {
    categories: cats,
    deputies: options.deputies,
    /** The office enters a deputy's suggestion for them and picks the lead proposer. */
    onBehalf: actor.role !== "DEPUTY",
    selfDeputyId: actor.deputyId,
    motionMin: settings["suggestions.motionMinDeputies"],
    limits: { maxMb: settings["suggestions.attachmentMaxMb"], maxFiles: settings["suggestions.attachmentMaxFiles"] },
  };
}

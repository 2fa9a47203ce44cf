// View loaders for the roster pages: each page calls one function here and renders what it returns.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { DeputyListQuery } from "@/lib/roster/schema";
import { getDeputyOrThrow, listDeputies } from "@/lib/roster/deputies";
import { rosterOptions } from "@/lib/roster/options";
import { deputyCorrections, statusCorrectionProblem } from "@/lib/roster/status-correction";
import { listGroups } from "@/lib/roster/groups";
import { currentTerm, listTerms } from "@/lib/roster/terms";
import { constituencyNames, listConstituencies } from "@/lib/roster/constituencies";
import { scopedDb } from "@/lib/db/township-scope";
import { formatDay, todayInChina } from "@/lib/time/day";

/** What of a deputy the actor's list shows: units the names, deputies the public record, staff everything. */
export type RosterScope = "HANDLING" | "PUBLIC" | "ALL";

const scopeOf = (actor: Actor): RosterScope =>
  actor.role === "UNIT" ? "HANDLING" : actor.role === "DEPUTY" ? "PUBLIC" : "ALL";

/** The roster list: it opens on sitting deputies; status=ALL (全部) shows everyone. */
export async function deputiesView(actor: Actor, sp: Record<string, string | undefined>) {
  const status = sp.status === undefined ? "SITTING" : sp.status === "ALL" ? undefined : sp.status;
  const query = parseSearchParams(DeputyListQuery, { ...sp, status });
  const scope = scopeOf(actor);
  const [list, all, toReview] = await Promise.all([
    listDeputies(actor, query),
    rosterOptions(actor),
    // 民族、政治面貌、文化程度 kept from free text that is not in its list, for the office to check (any status).
    can(actor, "deputy.create")
      ? listDeputies(actor, DeputyListQuery.parse({ review: "1", pageSize: 1 })).then((r) => r.total)
      : 0,
  ]);
  // A unit filters by name only: no list of the township's groups, constituencies, parties or deputies.
  const options = scope === "HANDLING" ? { ...all, groups: [], constituencies: [], parties: [], deputies: [] } : all;
  const filled = Object.entries({ ...sp, status }).filter((e): e is [string, string] => !!e[1]);
  return {
    query,
    list,
    options,
    scope,
    exportHref: `/api/v1/deputies/export?${new URLSearchParams(filled)}`,
    toReview,
    may: {
      create: can(actor, "deputy.create"),
      export: can(actor, "deputy.export"),
      import: can(actor, "deputy.import"),
    },
  };
}

/** One deputy's record as the actor may read it, the form's options when they may edit all of it, and the status change. */
export async function deputyView(actor: Actor, id: string) {
  const d = await getDeputyOrThrow(actor, id);
  const full = "idNumber" in d ? d : null;
  // The form's 选区 are those of the deputy's own term (an earlier term's deputy keeps that term's).
  const options =
    d.canEdit === "ALL" && full
      ? {
          ...(await rosterOptions(actor)),
          constituencies: await constituencyNames(scopedDb(actor.townshipId), full.termId),
        }
      : null;
  // 辞职、调离、罢免、去世: only a sitting deputy's status changes.
  const mayChangeStatus = !!full && can(actor, "deputy.change_status") && full.status === "SITTING";
  // 更正: the latest change that ended the deputy's sitting, when it may still be reversed.
  const last = d.history.at(-1);
  const correctable =
    full && last && can(actor, "deputy.correct_status") && !statusCorrectionProblem(full, d.history, last.id)
      ? last
      : null;
  const corrections = full ? await deputyCorrections(actor, id) : [];
  return { d, full, options, mayChangeStatus, correctable, corrections };
}

/** The representative groups, and for the office the forms' deputies and today's date for a check. */
export async function groupsView(actor: Actor) {
  const manage = can(actor, "group.manage");
  const [groups, options] = await Promise.all([listGroups(actor), manage ? rosterOptions(actor) : null]);
  return { groups, options, manage, today: formatDay(todayInChina()) };
}

/** 届次: the terms, and the roster's options when the actor may manage terms. */
export async function termsView(actor: Actor) {
  const manage = can(actor, "term.manage");
  const [terms, options] = await Promise.all([listTerms(actor), manage ? rosterOptions(actor) : null]);
  return { manage, terms, options };
}

/** 选区 of the current term, and whether the actor keeps them; no current term: none, with no form. */
export async function constituenciesView(actor: Actor) {
  const manage = can(actor, "constituency.manage");
  const term = await currentTerm(scopedDb(actor.townshipId));
  if (!term) return { manage, term: null, items: [] };
  return { manage, ...(await listConstituencies(actor, term.id)) };
}

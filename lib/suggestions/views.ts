// View loaders for the suggestion pages: each page calls one function here and renders what it
// returns. What the actor may do comes from the record's steps (lib/suggestions/steps/table.ts).
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { getSettings } from "@/lib/settings";
import { formatDay, parseDay } from "@/lib/time/day";
import { rosterOptions } from "@/lib/roster/public";
import { listUnits } from "@/lib/units/public";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { todayInChina } from "@/lib/time/day";
import { listNotifications } from "@/lib/notifications/reader";
import { FiguresQuery, InboxQuery, ReminderQuery, SuggestionListQuery } from "@/lib/suggestions/schema";
import { listUnitInbox } from "@/lib/suggestions/inbox";
import { listReminders, reminderCounts } from "@/lib/suggestions/reminders";
import { RECESS, SESSION_NAME_SELECT, sessionLabel, suggestionFigures } from "@/lib/suggestions/figures";
import { pendingCoUnitInputs } from "@/lib/suggestions/co-units";
import { listSuggestions } from "@/lib/suggestions/service";
import { getSuggestionOrThrow } from "@/lib/suggestions/detail";
import { contactsPanel } from "@/lib/suggestions/contacts";
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
  const [units, registered, assigned, settings, attachments, contacts] = await Promise.all([
    open("assign") ? listUnits(actor, { page: 1, pageSize: 100, active: "true" }) : null,
    merging ? listSuggestions(actor, SuggestionListQuery.parse({ state: "REGISTERED", pageSize: 100 })) : null,
    merging ? listSuggestions(actor, SuggestionListQuery.parse({ state: "ASSIGNED", pageSize: 100 })) : null,
    getSettings(),
    listAttachments(actor, id),
    full ? contactsPanel(actor, id) : null,
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
  // 代录: the co-units still owing input in this round, for the office to key one in.
  const coInputOwing = open("co_input")
    ? (full?.assignments ?? []).filter((a) => a.active && !a.lead && a.input && !a.input.at).map((a) => a.unit)
    : [];
  // The reply form says whether the lead unit has contacted the deputy (联系代表).
  const lead = full?.assignments.find((a) => a.active && a.lead)?.unit.name;
  const leadContacts = (contacts?.items ?? []).filter((c) => c.unit === lead);
  const last = leadContacts.at(-1);
  const contactNote = last
    ? `已联系代表 ${leadContacts.length} 次，最近一次 ${last.occurredOn}（${last.wayLabel}）`
    : "尚未记录联系代表情况";
  return {
    s,
    full,
    attachments,
    contacts,
    upload: mayUpload ? { limits } : null,
    choices: { units: units?.items ?? [], mergeTargets, delayLatest, coInputDue, coInputOwing, limits, contactNote },
  };
}

export type SuggestionView = Awaited<ReturnType<typeof suggestionView>>;

/**
 * The sessions a suggestion may be raised at (会议), latest first, and the default: the session in
 * progress, else none (闭会期间).
 */
export async function sessionChoices(actor: Actor) {
  const rows = await scopedDb(actor.townshipId).congressSession.findMany({
    orderBy: [{ startDate: "desc" }, { number: "desc" }],
    take: 20,
    select: {
      id: true,
      number: true,
      status: true,
      term: { select: { number: true } },
      township: { select: { name: true } },
    },
  });
  return {
    sessions: rows.map((s) => ({ id: s.id, name: sessionLabel(s) })),
    defaultSessionId: rows.find((s) => s.status === "IN_PROGRESS")?.id ?? "",
  };
}

/** The new-suggestion page: categories in use, the deputies to pick, the sessions, and the limits. */
export async function newSuggestionView(actor: Actor) {
  const [cats, options, settings, sessions] = await Promise.all([
    categories(scopedDb(actor.townshipId), actor.townshipId),
    rosterOptions(actor),
    getSettings(),
    sessionChoices(actor),
  ]);
  return {
    ...sessions,
    categories: cats,
    deputies: options.deputies,
    /** 小组 in natural order, for the co-signer picker's headings. */
    groups: options.groups,
    /** The office enters a deputy's suggestion for them and picks the lead proposer. */
    onBehalf: actor.role !== "DEPUTY",
    selfDeputyId: actor.deputyId,
    motionMin: settings["suggestions.motionMinDeputies"],
    limits: { maxMb: settings["suggestions.attachmentMaxMb"], maxFiles: settings["suggestions.attachmentMaxFiles"] },
  };
}

type SearchParams = Record<string, string | undefined>;

/**
 * The suggestions page: a deputy's own suggestions as cards, a unit's inbox, or the township's list
 * for the office, chair and presidium — each with what its part of the page shows.
 */
export async function suggestionsView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(SuggestionListQuery, sp);
  if (actor.role === "DEPUTY") {
    const [list, notices] = await Promise.all([
      listSuggestions(actor, { ...query, mine: "true" }),
      listNotifications(actor, 10),
    ]);
    return { kind: "deputy" as const, query, list, notices };
  }
  if (actor.role === "UNIT" && query.onTime) {
    // The landing's 建议按时答复 bar: exactly the suggestions its rate counts, as this unit's (lead) figures do.
    const own = {
      ...query,
      year: query.year ?? todayInChina().getUTCFullYear(),
      leadUnitId: actor.unitId ?? undefined,
    };
    return { kind: "unitOnTime" as const, query: own, list: await listSuggestions(actor, own) };
  }
  if (actor.role === "UNIT") return { kind: "unit" as const, ...(await unitInboxView(actor, sp)) };
  return { kind: "staff" as const, ...(await staffListView(actor, query)) };
}

/** A unit's inbox: reminder counts, co-unit input it still owes (the overdue ones counted apart), notices, the list. */
async function unitInboxView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(InboxQuery, sp);
  const [list, counts, notices, pending] = await Promise.all([
    listUnitInbox(actor, query),
    reminderCounts(actor),
    listNotifications(actor, 10),
    pendingCoUnitInputs(actor),
  ]);
  const owed = pending.filter((p) => p.unit.id === actor.unitId);
  const owedLate = owed.filter((p) => p.status === "OVERDUE").length;
  return { query, list, counts, notices, owed: owed.length, owedLate, unitId: actor.unitId ?? undefined };
}

/** The township's list with its filters; for the chair also the year's figures and the assignments to sign off. */
async function staffListView(actor: Actor, query: SuggestionListQuery) {
  const chair = can(actor, "suggestion.sign_off");
  const year = query.year ?? todayInChina().getUTCFullYear();
  const pending = (state: "ASSIGNED" | "REHANDLING") =>
    listSuggestions(actor, SuggestionListQuery.parse({ state, pageSize: 100 }));
  const [list, cats, units, figures, assigned, rehandling] = await Promise.all([
    listSuggestions(actor, query),
    // Deactivated categories too: old suggestions must still be found by theirs.
    categories(scopedDb(actor.townshipId), actor.townshipId, { all: true }),
    listUnits(actor, { page: 1, pageSize: 100 }),
    chair ? suggestionFigures(actor, { year }) : null,
    chair ? pending("ASSIGNED") : null,
    chair ? pending("REHANDLING") : null,
  ]);
  const unsigned = [...(assigned?.items ?? []), ...(rehandling?.items ?? [])].filter((s) => !s.signedOff);
  return {
    query,
    year,
    list,
    categories: cats,
    units: units.items,
    figures,
    /** The chair signs off assignments; null for the others. */
    signOff: chair
      ? unsigned.map((s) => ({ id: s.id, number: s.number, title: s.title, unit: s.leadUnit?.name ?? null }))
      : null,
    links: {
      figures: can(actor, "suggestion.figures"),
      categories: can(actor, "suggestion_category.manage"),
      create: can(actor, "suggestion.create"),
    },
  };
}

/** 催办: the reminder list with its counts; the office, chair and presidium see the township's, with a unit filter. */
export async function remindersView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(ReminderQuery, sp);
  const township = actor.role !== "UNIT";
  const [list, counts, units] = await Promise.all([
    listReminders(actor, query),
    reminderCounts(actor),
    township ? listUnits(actor, { page: 1, pageSize: 100 }) : null,
  ]);
  const soon = `${list.soonDays} 天内到期的建议`;
  const words = {
    overdue: { what: "逾期未答复的建议", empty: "没有逾期未答复的建议" },
    due_soon: { what: soon, empty: `没有 ${soon}` },
    due_today: { what: "今天到期的建议", empty: "没有今天到期的建议" },
    all: { what: "逾期和即将到期的建议", empty: "没有逾期或即将到期的建议" },
  }[query.status ?? "all"];
  return {
    query,
    list,
    counts,
    units: units?.items.map((u) => ({ id: u.id, name: u.name })) ?? null,
    township,
    scope: township ? "本镇" : "本单位主办的",
    ...words,
  };
}

/** 建议办理统计: the figures for the query, and the options of its filter form. */
export async function figuresView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(FiguresQuery, sp);
  const sdb = scopedDb(actor.townshipId);
  const [figures, years, sessions, units] = await Promise.all([
    suggestionFigures(actor, query),
    sdb.suggestion.groupBy({ by: ["year"], orderBy: { year: "desc" } }),
    sdb.congressSession.findMany({
      orderBy: { startDate: "desc" },
      select: { id: true, ...SESSION_NAME_SELECT },
    }),
    sdb.handlingUnit.findMany({ orderBy: [{ active: "desc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const yearOptions = [...new Set([todayInChina().getUTCFullYear(), query.year, ...years.map((y) => y.year)])].sort(
    (a, b) => b - a,
  );
  const sessionOptions = sessions.map((s) => ({ id: s.id, name: sessionLabel(s) }));
  const scope = [
    `${query.year} 年`,
    query.sessionId === RECESS
      ? "闭会期间"
      : (sessionOptions.find((s) => s.id === query.sessionId)?.name ?? "全部会议"),
    units.find((u) => u.id === query.unitId)?.name ?? "全部承办单位",
  ].join(" · ");
  return {
    query,
    figures,
    scope,
    options: { years: yearOptions, sessions: sessionOptions, units },
    canExport: can(actor, "suggestion.export"),
  };
}

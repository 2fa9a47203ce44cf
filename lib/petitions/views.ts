// The petition pages' loaders: the list with its filters, the registration form, one record (masked,
// or in full on the office's or the chair's request — logged), and the correction form. Pages call
// these, never the database.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { formatDay, todayInChina } from "@/lib/time/day";
import { listUnits, UnitListQuery } from "@/lib/units/public";
import { getPetition } from "@/lib/petitions/detail";
import { listPetitions } from "@/lib/petitions/list";
import { PetitionListQuery } from "@/lib/petitions/schema";

type SearchParams = Record<string, string | string[] | undefined>;

/** The township's active units, for the filter and the accused-unit choice (office and chair). */
async function unitOptions(actor: Actor) {
  if (!can(actor, "unit.list")) return [];
  const { items } = await listUnits(actor, UnitListQuery.parse({ active: "true", pageSize: 100 }));
  return items.map((u) => ({ id: u.id, name: u.name }));
}

export async function petitionsView(actor: Actor, sp: SearchParams) {
  const query = parseSearchParams(PetitionListQuery, sp);
  const year = todayInChina().getUTCFullYear();
  const [list, units] = await Promise.all([listPetitions(actor, query), unitOptions(actor)]);
  return {
    query,
    list,
    units,
    years: Array.from({ length: 6 }, (_, i) => year - i),
    mayCreate: can(actor, "petition.create"),
    mayExport: can(actor, "petition.export"),
    mayExportPersonal: can(actor, "petition.export_personal"),
    /** The office and the chair see the township's; a unit the cases handed to it; a deputy those taken at a reception day. */
    scope: (can(actor, "petition.reveal_personal") ? "township" : can(actor, "inbox.view") ? "unit" : "deputy") as
      "township" | "unit" | "deputy",
  };
}

export async function newPetitionView(actor: Actor) {
  const [units, settings] = await Promise.all([unitOptions(actor), getSettings()]);
  return {
    units,
    today: formatDay(todayInChina()),
    maxRepresentatives: settings["petitions.maxRepresentatives"],
    lookbackDays: settings["petitions.duplicateLookbackDays"],
    attachmentMaxMb: settings["petitions.attachmentMaxMb"],
  };
}

/** One record; `reveal` only takes effect for the office and the chair, and is logged. */
export async function petitionView(actor: Actor, id: string, reveal = false) {
  const p = await getPetition(actor, id, { reveal });
  return { p, mayAttach: can(actor, "petition.attach") && p.editable === true };
}

/** The correction form reads the personal data in full (logged as such, purpose "edit"). */
export async function editPetitionView(actor: Actor, id: string) {
  const [p, form] = await Promise.all([
    getPetition(actor, id, { reveal: true, purpose: "edit" }),
    newPetitionView(actor),
  ]);
  return { p, ...form };
}

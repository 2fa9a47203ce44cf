// What the duty register's pages read (pages call one loader each, never the database).
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { getSettings } from "@/lib/settings";
import { sixOneCard } from "@/lib/duties/card";
import { dutyYearFigures } from "@/lib/duties/figures";
import { dutyDeputyOptions, listDuties } from "@/lib/duties/service";
import { listVoterReports } from "@/lib/duties/voter-reports";
import type { DutyListQuery } from "@/lib/duties/schema";

/** The settings' targets, stated on the pages as the township's practice. */
export async function sixOneNorms() {
  const s = await getSettings();
  return `本镇“六个一”要求（本地做法，非法律规定）：每名代表每年联系选民不少于 ${s["duties.votersContacted"]} 人、召开选民座谈会 ${s["duties.forums"]} 次、提出有价值的建议 ${s["duties.valuableSuggestions"]} 件、办实事 ${s["duties.practicalThings"]} 件、帮扶困难户 ${s["duties.householdsHelped"]} 户、调解纠纷 ${s["duties.disputesMediated"]} 起。`;
}

/** /duties: the register (the office's to verify; a deputy's own, "我的履职", with the card and quick add). */
export async function dutiesView(actor: Actor, q: DutyListQuery & { year: number }) {
  const own = !!actor.deputyId && can(actor, "duty.create");
  const [list, card, figures, deputies, norms] = await Promise.all([
    listDuties(actor, q),
    own ? sixOneCard(db, actor.townshipId, actor.deputyId!, q.year) : null,
    can(actor, "duty.figures") ? dutyYearFigures(db, actor.townshipId, q.year) : null,
    dutyDeputyOptions(actor),
    sixOneNorms(),
  ]);
  return {
    list,
    card,
    figures,
    deputies,
    norms,
    abilities: { own, enterOnBehalf: can(actor, "duty.review"), review: can(actor, "duty.review") },
  };
}

/** /voter-reports: the reports with their rates; the office schedules and keys the rating sheets. */
export async function voterReportsView(actor: Actor, q: { year: number; page: number; pageSize: number }) {
  const manage = can(actor, "voter_report.manage");
  const [list, deputies] = await Promise.all([
    listVoterReports(actor, q),
    manage ? dutyDeputyOptions(actor) : Promise.resolve([]),
  ]);
  return { list, deputies, manage };
}

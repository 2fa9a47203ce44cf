// The year's dashboard of one township (主席工作台): every module's year figures through its one figures
// function, read in parallel, and the charts built from them. Takes a township, not an actor, so the
// county's view (县人大) shows each township's dashboard with the same code; the caller checks who may read it.
import { db } from "@/lib/db";
import { suggestionFiguresOf } from "@/lib/suggestions/public";
import { supervisionYearFigures } from "@/lib/supervision/public";
import { petitionYearFigures } from "@/lib/petitions/public";
import { trainingYearFigures } from "@/lib/training/public";
import { groupActivityYearFigures } from "@/lib/group-activities/public";
import { receptionYearFigures } from "@/lib/reception/public";
import { SIX_ONE_RULE, sixOneCards } from "@/lib/duties/public";
import { sixOneSummary } from "@/lib/dashboard/links";
import { keyFigures } from "@/lib/dashboard/key-figures";
import {
  groupActivitiesByQuarter,
  petitionsByCategory,
  petitionsByOutcome,
  sixOneCompletion,
  suggestionsByClass,
  suggestionsByState,
  suggestionsByUnit,
  supervisionPolls,
  trainingsByKind,
  unitRates,
} from "@/lib/dashboard/charts";

/** Every figure of the year the dashboard shows (also `GET /api/v1/dashboard`). */
export async function dashboardFigures(townshipId: string, year: number) {
  const [suggestions, supervision, petitions, training, groups, reception, cards] = await Promise.all([
    suggestionFiguresOf(townshipId, { year }),
    supervisionYearFigures(db, townshipId, year),
    petitionYearFigures(db, townshipId, year),
    trainingYearFigures(db, townshipId, year),
    groupActivityYearFigures(db, townshipId, year),
    receptionYearFigures(db, townshipId, year),
    sixOneCards(db, townshipId, year),
  ]);
  const sixOne = sixOneSummary([...cards.values()], year, SIX_ONE_RULE);
  return { year, suggestions, supervision, petitions, training, groups, reception, sixOne };
}
export type DashboardFigures = Awaited<ReturnType<typeof dashboardFigures>>;

/** The dashboard: the key figures (each a link to its list) and the charts, in the page's order. */
export async function yearDashboard(townshipId: string, year: number) {
  const f = await dashboardFigures(townshipId, year);
  return {
    year,
    figures: keyFigures(f),
    charts: {
      suggestions: [suggestionsByState(f.suggestions), suggestionsByClass(f.suggestions)],
      units: [suggestionsByUnit(f.suggestions), unitRates(f.suggestions)],
      supervision: [supervisionPolls(f.supervision)],
      petitions: [petitionsByCategory(f.petitions), petitionsByOutcome(f.petitions)],
      deputies: [trainingsByKind(f.training), groupActivitiesByQuarter(f.groups), sixOneCompletion(f.sixOne)],
    },
  };
}
export type YearDashboard = Awaited<ReturnType<typeof yearDashboard>>;

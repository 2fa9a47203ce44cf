// A fabricated year summary (lib/year/summary.ts's YearSummary) for the drafted documents' unit tests: every
// module's figures written by hand, distinct numbers so a test can tell which figure a number in the text is.
// Only what the documents and tables read is filled; the rest of each module's figures is left out.
import { keyFigures } from "@/lib/year/key-figures";
import { SUMMARY_AREAS, type YearFigureSet, type YearSummary } from "@/lib/year/summary";

/** The figures a test varies, by name. */
export interface FabricatedCounts {
  sessionsHeld: number;
  votesPassed: number;
  electionsHeld: number;
  elected: number;
  presidiumMeetings: number;
  reportsHeard: number;
  suggestions: number;
  replied: number;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  activities: number;
  opinions: number;
  rectifications: number;
  petitions: number;
  petitionsClosed: number;
  petitionsResolved: number;
  handlingRate: number | null;
  countyCases: number;
  receptionDays: number;
  visitors: number;
  solved: number;
  trainings: number;
  enrolled: number;
  coverage: number | null;
  groupActivities: number;
  attendances: number;
  dutiesVerified: number;
  votersReached: number;
}

export const THIS_YEAR: FabricatedCounts = {
  sessionsHeld: 2,
  votesPassed: 7,
  electionsHeld: 3,
  elected: 4,
  presidiumMeetings: 11,
  reportsHeard: 6,
  suggestions: 23,
  replied: 21,
  onTimeRate: 90.5,
  satisfactionRate: 95.2,
  activities: 9,
  opinions: 5,
  rectifications: 8,
  petitions: 17,
  petitionsClosed: 15,
  petitionsResolved: 13,
  handlingRate: 88,
  countyCases: 2,
  receptionDays: 12,
  visitors: 46,
  solved: 39,
  trainings: 4,
  enrolled: 130,
  coverage: 97,
  groupActivities: 28,
  attendances: 212,
  dutiesVerified: 143,
  votersReached: 1250,
};

export const LAST_YEAR: FabricatedCounts = {
  ...THIS_YEAR,
  suggestions: 19,
  petitions: 20,
  activities: 6,
  visitors: 41,
  trainings: 3,
  groupActivities: 24,
};

const tally = (received: number, closed: number, resolved: number, rate: number | null) => ({
  received,
  accepted: received - 1,
  forwarded: 1,
  redirected: 0,
  closed,
  resolved,
  notice: { onTime: received - 2, late: 1, overdue: 1, pending: 0, rate: 94, waived: 0 },
  handling: { onTime: closed - 1, late: 1, overdue: 1, pending: 0, rate },
});

/** One period's figures from the counts. */
export function fabricatedSet(year: number, c: FabricatedCounts): YearFigureSet {
  const sessions = Array.from({ length: c.sessionsHeld }, (_, i) => ({
    id: `s${i}`,
    number: i + 1,
    termNumber: 17,
    kind: "REGULAR",
    startDate: `${year}-0${i + 1}-15`,
    endDate: `${year}-0${i + 1}-16`,
    days: 2,
    sitting: 45,
    present: 43,
    leave: 2,
    absent: 0,
    votesPassed: 0,
    elected: 0,
  }));
  const counts = {
    total: c.suggestions,
    replied: c.replied,
    onTime: 19,
    overdueUnanswered: 0,
    onTimeRate: c.onTimeRate,
    byClass: { A: 12, B: 6, C: 3 },
    resolvedRate: 57.1,
    rated: 21,
    satisfied: 18,
    basicallySatisfied: 2,
    unsatisfied: 1,
    satisfactionRate: c.satisfactionRate,
    rehandled: 1,
    rehandlings: 1,
    delayed: 0,
    overdue: 1,
    inHand: 2,
  };
  const set = {
    year,
    through: `${year}-12-31`,
    sessions: {
      year,
      through: `${year}-12-31`,
      sessions: {
        held: c.sessionsHeld,
        regular: c.sessionsHeld,
        extraordinary: 0,
        days: 2 * c.sessionsHeld,
        items: sessions,
      },
      attendance: { sitting: 90, present: 86, leave: 4, absent: 0, rate: 96 },
      votes: { taken: c.votesPassed, passed: c.votesPassed },
      elections: { held: c.electionsHeld, elected: c.elected, items: [] },
      presidium: { meetingsHeld: c.presidiumMeetings, reportsHeard: c.reportsHeard },
    },
    supervision: {
      year,
      satisfiedOnly: false,
      activities: {
        total: c.activities,
        concluded: c.activities,
        byKind: [
          { kind: "WORK_EVALUATION", label: "工作评议", total: c.activities - 3, concluded: c.activities - 3 },
          { kind: "LAW_INSPECTION", label: "执法检查", total: 2, concluded: 2 },
          { kind: "SITE_VISIT", label: "视察", total: 1, concluded: 1 },
        ],
        items: [
          {
            id: "a1",
            title: "农产品质量安全执法检查",
            kind: "LAW_INSPECTION",
            state: "CONCLUDED",
            startDate: `${year}-05-10`,
            lawName: "《中华人民共和国农产品质量安全法》",
          },
          {
            id: "a2",
            title: "道路交通安全执法检查",
            kind: "LAW_INSPECTION",
            state: "CONCLUDED",
            startDate: `${year}-08-03`,
            lawName: "《中华人民共和国道路交通安全法》",
          },
          {
            id: "a3",
            title: "农村饮水安全工程",
            kind: "SITE_VISIT",
            state: "CONCLUDED",
            startDate: `${year}-10-20`,
            lawName: null,
          },
        ],
      },
      evaluated: [
        {
          activityId: "e1",
          activity: "民政办工作评议",
          kind: "WORK_EVALUATION",
          name: "民政办",
          round1: { tally: { satisfied: 15, basic: 1, unsatisfied: 1, invalid: 0 }, rate: 94, figures: "16/17 = 94%" },
          round2: null,
        },
        {
          activityId: "e2",
          activity: "国土所工作评议",
          kind: "WORK_EVALUATION",
          name: "国土所",
          round1: { tally: { satisfied: 12, basic: 2, unsatisfied: 3, invalid: 0 }, rate: 82, figures: "14/17 = 82%" },
          round2: null,
        },
      ],
      suggestionHandling: {
        tally: { satisfied: 30, basic: 3, unsatisfied: 2, invalid: 0 },
        rate: 94,
        figures: "33/35 = 94%",
        subject: "代表建议办理工作",
      },
      opinions: { total: c.opinions, sent: c.opinions },
      rectifications: {
        total: c.rectifications,
        accepted: 6,
        underReview: 1,
        onTime: 6,
        late: 1,
        overdue: 1,
        pending: 0,
        onTimeRate: 75,
      },
      suggestions: 3,
    },
    suggestions: {
      year,
      sessionId: null,
      unitId: null,
      asOf: `${year}-12-10`,
      ...counts,
      byState: {},
      leadUnits: 2,
      allUnits: 3,
      onAgenda: 0,
      units: [
        { id: "u1", name: "农业综合服务中心", ...counts, total: 14, satisfactionRate: 92.9 },
        { id: "u2", name: "民政办", ...counts, total: 9, satisfactionRate: 100 },
      ],
      unassigned: 0,
      sessions: [],
      byCategory: [],
    },
    petitions: {
      year,
      total: tally(c.petitions, c.petitionsClosed, c.petitionsResolved, c.handlingRate),
      byChannel: [
        { key: "LETTER", label: "来信", tally: tally(c.petitions - c.countyCases, 0, 0, null) },
        { key: "COUNTY_TRANSFER", label: "上级转办", tally: tally(c.countyCases, 0, 0, null) },
      ],
      byCategory: [
        { key: "APPEAL_CLAIM", label: "申诉求决类", tally: tally(c.petitions - 5, 0, 0, null) },
        { key: "SUGGESTION_OPINION", label: "建议意见类", tally: tally(5, 0, 0, null) },
      ],
      byUnit: [],
      county: {
        tally: tally(c.countyCases, 1, 1, 100),
        reported: 1,
        cases: Array.from({ length: c.countyCases }, (_, i) => ({
          id: `c${i}`,
          number: `X${i}`,
          sourceDocNo: `县人大信转〔${year}〕${i + 3}号`,
          sourceDocDate: `${year}-04-01`,
          receivedOn: `${year}-04-03`,
          subject: i === 0 ? "东村灌渠年久失修" : "西村道路积水",
          state: i === 0 ? "CLOSED" : "TRANSFERRED",
          reportedOn: i === 0 ? `${year}-05-20` : null,
          reportNumber: null,
          closedOn: i === 0 ? `${year}-05-25` : null,
        })),
      },
    },
    reception: {
      year,
      days: { planned: c.receptionDays, held: c.receptionDays, cancelled: 0 },
      visitors: c.visitors,
      issues: c.visitors,
      solved: c.solved,
      toSuggestions: 5,
      toPetitions: 2,
      deputies: {
        minDuties: 1,
        sitting: 45,
        all: [],
        served: Array.from({ length: 41 }, (_, i) => ({ id: `d${i}`, name: `代表${i}`, duties: 1 })),
        notServed: [],
      },
    },
    training: {
      year,
      held: c.trainings,
      days: c.trainings + 1,
      byKind: [{ kind: "CENTRAL", label: "集中培训", held: c.trainings, days: c.trainings + 1 }],
      enrolled: c.enrolled,
      present: c.enrolled - 10,
      leave: 8,
      absent: 2,
      unrecorded: 0,
      attendanceRate: 92,
      deputiesTrained: 44,
      deputiesSitting: 45,
      coverage: c.coverage,
      groups: [],
    },
    groups: {
      year,
      groups: [
        {
          groupId: "g1",
          name: "第一代表小组",
          byQuarter: [3, 3, 4, 4],
          total: c.groupActivities - 14,
          plannedQuarters: [1, 2, 3, 4],
          warnings: [],
        },
        {
          groupId: "g2",
          name: "第二代表小组",
          byQuarter: [3, 3, 4, 4],
          total: 14,
          plannedQuarters: [1, 2, 3, 4],
          warnings: [],
        },
      ],
      total: c.groupActivities,
      attendances: c.attendances,
      suggestions: 31,
      warned: 0,
    },
    duties: {
      year,
      byKind: [{ kind: "VISIT_VOTERS", label: "走访选民", verified: c.dutiesVerified }],
      verified: c.dutiesVerified,
      pending: 3,
      returned: 1,
      deputies: 40,
      votersReached: c.votersReached,
      poverty: { households: 0, persons: 0, incomeRaised: "0" },
      voterReports: {
        scheduled: 9,
        held: 9,
        rated: 9,
        tally: { satisfied: 80, basic: 5, unsatisfied: 1, invalid: 0 },
        rate: 99,
        figures: "85/86 = 99%",
      },
    },
  };
  return set as unknown as YearFigureSet;
}

/** A summary of `year` from the two periods' counts. */
export function fabricatedSummary(
  year = 2026,
  current: Partial<FabricatedCounts> = {},
  previous: Partial<FabricatedCounts> = {},
): YearSummary {
  const cur = fabricatedSet(year, { ...THIS_YEAR, ...current });
  const prev = fabricatedSet(year - 1, { ...LAST_YEAR, ...previous });
  return {
    townshipId: "00000000-0000-4000-8000-000000000001",
    year,
    period: "year",
    from: `${year}-01-01`,
    through: `${year}-12-31`,
    asOf: `${year}-12-10`,
    current: cur,
    previous: prev,
    figures: keyFigures(cur, prev),
    areas: SUMMARY_AREAS,
  };
}

// The year's congress and presidium figures (人代会和主席团会议年度数字): sessions held (regular and extraordinary),
// their days and attendance read from the roll frozen at 开幕, the resolutions adopted, the elections held and who
// was elected; presidium meetings held and the reports heard at them. One function the annual summary calls;
// every number is counted from the records, with its rule written next to it.
import type { Tx } from "@/lib/db";
import type { SessionKind } from "@/lib/generated/prisma/enums";
import { wholePercent } from "@/lib/text/percent";
import { DAY_MS, formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { presidiumMeetingCounts } from "@/lib/sessions/meetings";

export const SESSION_FIGURE_RULES = {
  sessions: "已举行：本年开幕（已开幕或已闭幕）的会议，按开幕日期计入当年；会期按开始至结束日期计天数。",
  attendance: "出席率 = 各次会议出席代表之和 ÷ 各次会议应到代表（开幕时冻结的名册）之和，四舍五入取整。",
  votes: "表决通过：有效（未更正、未作废）的表决中获得通过的决议、决定；按表决计数。",
  elections: "选举：有效（未更正、未作废、非无效）的投票中有人当选的选举；当选人次为这些投票中的当选人数。",
  presidium: "主席团会议：本年召开（日期不晚于统计日）的会议；听取报告为这些会议的“听取报告”议题数。",
} as const;

export interface SessionYearRow {
  id: string;
  number: number;
  termNumber: number;
  kind: SessionKind;
  startDate: string;
  endDate: string;
  days: number;
  /** 应到: the roll frozen at 开幕. */
  sitting: number;
  present: number;
  leave: number;
  absent: number;
  votesPassed: number;
  elected: number;
}

export interface SessionYearFigures {
  year: number;
  /** The last day counted (年-月-日): the year's end, today, or the `through` day of a half-year. */
  through: string;
  rules: typeof SESSION_FIGURE_RULES;
  sessions: { held: number; regular: number; extraordinary: number; days: number; items: SessionYearRow[] };
  attendance: { sitting: number; present: number; leave: number; absent: number; rate: number | null };
  votes: { taken: number; passed: number };
  elections: { held: number; elected: number; items: { id: string; title: string; names: string[] }[] };
  presidium: { meetingsHeld: number; reportsHeard: number };
}

/** The days counted: 1 January to the earliest of 31 December, `through` and today. */
export function countedDays(year: number, opts: { today?: Date; through?: Date } = {}) {
  const gte = parseDay(`${year}-01-01`);
  const end = [parseDay(`${year}-12-31`), opts.today ?? todayInChina(), ...(opts.through ? [opts.through] : [])].reduce(
    (a, b) => (b.getTime() < a.getTime() ? b : a),
  );
  return { gte, lte: end };
}

/** Calendar days from `start` to `end`, both counted. */
export const sessionDays = (start: Date, end: Date) => Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;

/** The records counted, in one round of parallel queries (no query per session). */
function loadYear(client: Tx, townshipId: string, range: { gte: Date; lte: Date }) {
  const sessionWhere = { townshipId, startDate: range, status: { not: "PREPARING" as const } };
  return Promise.all([
    client.congressSession.findMany({
      where: sessionWhere,
      orderBy: [{ startDate: "asc" }, { number: "asc" }],
      select: {
        id: true,
        number: true,
        kind: true,
        startDate: true,
        endDate: true,
        sittingAtOpening: true,
        term: { select: { number: true } },
      },
    }),
    // The roll's marks (lib/sessions/roll.ts presentOnRoll): only deputies on the frozen roll count.
    client.$queryRaw<{ sessionId: string; status: string; n: bigint }[]>`
      SELECT a."sessionId"::text AS "sessionId", a."status"::text AS status, count(*) AS n
      FROM "SessionAttendance" a
      JOIN "SessionRollEntry" r ON r."sessionId" = a."sessionId" AND r."deputyId" = a."deputyId"
      JOIN "CongressSession" s ON s."id" = a."sessionId"
      WHERE a."townshipId" = ${townshipId}::uuid AND s."townshipId" = ${townshipId}::uuid
        AND s."status" <> 'PREPARING' AND s."startDate" >= ${formatDay(range.gte)}::date AND s."startDate" <= ${formatDay(range.lte)}::date
      GROUP BY 1, 2`,
    client.sessionVote.groupBy({
      by: ["sessionId", "passed"],
      where: { townshipId, supersededAt: null, revokedAt: null, session: sessionWhere },
      _count: { _all: true },
    }),
    client.electionRoundResult.findMany({
      where: {
        townshipId,
        elected: true,
        round: { supersededAt: null, revokedAt: null, void: false, election: { session: sessionWhere } },
      },
      orderBy: [{ round: { roundNo: "asc" } }, { votesFor: "desc" }],
      select: {
        writeInName: true,
        candidate: { select: { name: true } },
        round: { select: { election: { select: { id: true, title: true, sessionId: true, createdAt: true } } } },
      },
    }),
    presidiumMeetingCounts(client, townshipId, { date: range }, range.lte),
  ]);
}

/**
 * The year's figures of one township. `through` ends the period early (the half-year brief: 30 June); `today`
 * decides what has happened (default today in China).
 */
export async function sessionYearFigures(
  client: Tx,
  townshipId: string,
  year: number,
  opts: { today?: Date; through?: Date } = {},
): Promise<SessionYearFigures> {
  const range = countedDays(year, opts);
  const [sessions, marks, votes, elected, presidium] = await loadYear(client, townshipId, range);
  const markCount = (sessionId: string, status: string) =>
    Number(marks.find((m) => m.sessionId === sessionId && m.status === status)?.n ?? 0);
  const passedIn = (sessionId: string) =>
    votes.filter((v) => v.sessionId === sessionId && v.passed).reduce((n, v) => n + v._count._all, 0);
  const electedIn = (sessionId: string) => elected.filter((e) => e.round.election.sessionId === sessionId).length;

  const items: SessionYearRow[] = sessions.map((s) => ({
    id: s.id,
    number: s.number,
    termNumber: s.term.number,
    kind: s.kind,
    startDate: formatDay(s.startDate),
    endDate: formatDay(s.endDate),
    days: sessionDays(s.startDate, s.endDate),
    sitting: s.sittingAtOpening ?? 0,
    present: markCount(s.id, "PRESENT"),
    leave: markCount(s.id, "LEAVE"),
    absent: markCount(s.id, "ABSENT"),
    votesPassed: passedIn(s.id),
    elected: electedIn(s.id),
  }));
  const sum = (key: "days" | "sitting" | "present" | "leave" | "absent") => items.reduce((n, r) => n + r[key], 0);

  const elections = new Map<string, { id: string; title: string; names: string[]; at: number }>();
  for (const r of elected) {
    const e = r.round.election;
    const row = elections.get(e.id) ?? { id: e.id, title: e.title, names: [], at: e.createdAt.getTime() };
    row.names.push(r.candidate?.name ?? r.writeInName ?? "");
    elections.set(e.id, row);
  }

  return {
    year,
    through: formatDay(range.lte),
    rules: SESSION_FIGURE_RULES,
    sessions: {
      held: items.length,
      regular: items.filter((s) => s.kind === "REGULAR").length,
      extraordinary: items.filter((s) => s.kind === "EXTRAORDINARY").length,
      days: sum("days"),
      items,
    },
    attendance: {
      sitting: sum("sitting"),
      present: sum("present"),
      leave: sum("leave"),
      absent: sum("absent"),
      rate: wholePercent(sum("present"), sum("sitting")),
    },
    votes: {
      taken: votes.reduce((n, v) => n + v._count._all, 0),
      passed: votes.filter((v) => v.passed).reduce((n, v) => n + v._count._all, 0),
    },
    elections: {
      held: elections.size,
      elected: elected.length,
      items: [...elections.values()].sort((a, b) => a.at - b.at).map(({ id, title, names }) => ({ id, title, names })),
    },
    presidium: { meetingsHeld: presidium.meetingsHeld, reportsHeard: presidium.reportsHeard },
  };
}

// What a session's minutes, summary page and printables show, read in one place so the .docx and
// the printable pages always agree. Elections are read here directly (not through the elections
// service) because only their stored results are needed; the ballot asks the service which round is next.
import type { Actor } from "@/lib/auth/actor";
import { townshipName } from "@/lib/text/township";
import { scopedDb } from "@/lib/db/township-scope";
import { rollDeputyIds, sessionRoll } from "@/lib/sessions/roll";
import { majorityRequired, recordState, type RecordState } from "@/lib/sessions/rules";
import { CANDIDATE_ORDER } from "@/lib/sessions/election-view";
import type { AttendanceFigures } from "@/lib/sessions/wording";
import { loadSession, presence } from "@/lib/sessions/access";
import { sessionSummary } from "@/lib/sessions/service";
import type { Prisma, SessionVote, SuggestionKind, SuggestionState, VoteMode } from "@/lib/generated/prisma/client";

export interface VoteRow {
  id: string;
  title: string;
  agendaItemId: string | null;
  mode: VoteMode;
  byName: boolean;
  /** Corrected and withdrawn votes stay in the record, marked; only current ones count. */
  state: RecordState;
  reason: string | null;
  /** This record is a correction (更正) of an earlier one. */
  corrects: boolean;
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  presentAtVote: number;
  sittingAtVote: number;
  /** 地方组织法 第二十五条: "以全体代表的过半数通过". */
  required: number;
  passed: boolean;
}

export interface ElectionReport {
  id: string;
  title: string;
  seats: number;
  agendaItemId: string | null;
  scrutineers: string[];
  counters: string[];
  candidates: { id: string; name: string; nominatedBy: "PRESIDIUM" | "DEPUTIES"; nominatorCount: number | null }[];
  rounds: {
    roundNo: number;
    kind: "FIRST" | "REVOTE" | "RUNOFF" | "FURTHER";
    state: RecordState;
    reason: string | null;
    corrects: boolean;
    seats: number;
    ballotsIssued: number;
    ballotsReturned: number;
    invalidBallots: number;
    void: boolean;
    sittingAtRound: number;
    presentAtRound: number;
    required: number;
    results: {
      name: string;
      writeIn: boolean;
      votesFor: number;
      votesAgainst: number;
      votesAbstain: number;
      elected: boolean;
    }[];
  }[];
  elected: string[];
}

export interface DocumentRow {
  id: string;
  title: string;
  filename: string;
  size: number;
  agendaItemId: string | null;
}

/** A suggestion or motion raised at the session; the proposer only for those who see it in full. */
export interface SessionSuggestionRow {
  id: string;
  number: string | null;
  kind: SuggestionKind;
  title: string;
  category: string;
  state: SuggestionState;
  leadProposer: string | null;
}

/**
 * Suggestions and motions raised at the session (drafts, withdrawn and merged ones left out). The
 * office, chair and presidium see them all; a deputy sees their own and the published ones, the
 * latter without the proposer — the same rule as the suggestions pages (lib/suggestions/policy.ts).
 */
async function sessionSuggestions(actor: Actor, sessionId: string): Promise<SessionSuggestionRow[]> {
  const full = actor.role === "OFFICE" || actor.role === "CHAIR" || actor.role === "PRESIDIUM";
  const own = { proposers: { some: { deputyId: actor.deputyId ?? "00000000-0000-0000-0000-000000000000" } } };
  const rows = await scopedDb(actor.townshipId).suggestion.findMany({
    where: {
      sessionId,
      state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] },
      ...(full ? {} : { OR: [own, { published: true }] }),
    },
    orderBy: [{ seq: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      number: true,
      kind: true,
      title: true,
      state: true,
      category: { select: { name: true } },
      proposers: { where: { lead: true }, select: { deputyId: true, deputy: { select: { name: true } } } },
    },
  });
  return rows.map((s) => {
    const lead = s.proposers[0];
    const named = full || (lead && lead.deputyId === actor.deputyId);
    return {
      id: s.id,
      number: s.number,
      kind: s.kind,
      title: s.title,
      category: s.category.name,
      state: s.state,
      leadProposer: named && lead ? lead.deputy.name : null,
    };
  });
}

const electionInclude = {
  candidates: { orderBy: CANDIDATE_ORDER },
  rounds: {
    orderBy: [{ roundNo: "asc" }, { revision: "asc" }],
    include: { results: { include: { candidate: { select: { id: true, name: true } } } } },
  },
} as const satisfies Prisma.ElectionInclude;

/** Deputies present, on leave, absent, left early or not yet marked, against the quorum. */
function attendanceFigures(
  session: { nonVotingAttendees: number; publicAttendees: number },
  p: Awaited<ReturnType<typeof presence>>,
  marks: readonly { status: string }[],
): AttendanceFigures {
  const count = (s: string) => marks.filter((m) => m.status === s).length;
  return {
    sitting: p.sitting,
    present: p.present,
    leave: count("LEAVE"),
    absent: count("ABSENT"),
    leftEarly: count("LEFT_EARLY"),
    unmarked: p.sitting - marks.length,
    nonVoting: session.nonVotingAttendees,
    public: session.publicAttendees,
    quorumRequired: p.required,
    quorum: p.quorum,
  };
}

function voteRow(v: SessionVote): VoteRow {
  return {
    id: v.id,
    title: v.title,
    agendaItemId: v.agendaItemId,
    mode: v.mode,
    byName: v.byName,
    state: recordState(v),
    reason: v.revokeReason ?? v.correctionReason,
    corrects: !!v.correctsId,
    votesFor: v.votesFor,
    votesAgainst: v.votesAgainst,
    votesAbstain: v.votesAbstain,
    presentAtVote: v.presentAtVote,
    sittingAtVote: v.sittingAtVote,
    required: majorityRequired(v.sittingAtVote),
    passed: v.passed,
  };
}

/** An election's stored rounds: candidates in ballot order, then names written in, most votes first. */
function electionReport(e: Prisma.ElectionGetPayload<{ include: typeof electionInclude }>): ElectionReport {
  const order = new Map(e.candidates.map((c, i) => [c.id, i]));
  const at = (c: { id: string } | null) => (c ? (order.get(c.id) ?? 1e6) : 1e6);
  const rounds = e.rounds.map((r) => ({
    roundNo: r.roundNo,
    kind: r.kind,
    state: recordState(r),
    reason: r.revokeReason ?? r.correctionReason,
    corrects: !!r.correctsId,
    seats: r.seats,
    ballotsIssued: r.ballotsIssued,
    ballotsReturned: r.ballotsReturned,
    invalidBallots: r.invalidBallots,
    void: r.void,
    sittingAtRound: r.sittingAtRound,
    presentAtRound: r.presentAtRound,
    required: majorityRequired(r.sittingAtRound),
    results: [...r.results]
      .sort((a, b) => at(a.candidate) - at(b.candidate) || b.votesFor - a.votesFor)
      .map((x) => ({
        name: x.candidate?.name ?? x.writeInName ?? "",
        writeIn: !x.candidate,
        votesFor: x.votesFor,
        votesAgainst: x.votesAgainst,
        votesAbstain: x.votesAbstain,
        elected: x.elected,
      })),
  }));
  return {
    id: e.id,
    title: e.title,
    seats: e.seats,
    agendaItemId: e.agendaItemId,
    scrutineers: e.scrutineers,
    counters: e.counters,
    candidates: e.candidates.map((c) => ({
      id: c.id,
      name: c.name,
      nominatedBy: c.nominatedBy,
      nominatorCount: c.nominatorCount,
    })),
    rounds,
    elected: rounds
      .filter((r) => !r.void && r.state === "CURRENT")
      .flatMap((r) => r.results.filter((x) => x.elected).map((x) => x.name)),
  };
}

/** Attendance figures, agenda with resolutions, votes, elections, documents and minutes of a session. */
export async function getSessionReport(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  const session = await loadSession(sdb, actor, sessionId);
  const [township, p, marks, agenda, votes, elections, documents, suggestions] = await Promise.all([
    townshipName(actor),
    presence(sdb, session),
    rollDeputyIds(sdb, session).then((ids) =>
      sdb.sessionAttendance.findMany({ where: { sessionId, deputyId: { in: ids } }, select: { status: true } }),
    ),
    sdb.agendaItem.findMany({ where: { sessionId }, orderBy: { position: "asc" } }),
    sdb.sessionVote.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" } }),
    sdb.election.findMany({ where: { sessionId }, orderBy: { createdAt: "asc" }, include: electionInclude }),
    sdb.sessionDocument.findMany({
      where: { sessionId },
      orderBy: { createdAt: "asc" },
      select: { id: true, title: true, filename: true, size: true, agendaItemId: true },
    }),
    sessionSuggestions(actor, sessionId),
  ]);
  return {
    township,
    session: sessionSummary(session),
    attendance: attendanceFigures(session, p, marks),
    agenda: agenda.map((a) => ({
      id: a.id,
      position: a.position,
      kind: a.kind,
      title: a.title,
      resolution: a.resolution,
    })),
    votes: votes.map(voteRow),
    elections: elections.map(electionReport),
    documents: documents as DocumentRow[],
    suggestions,
    minutes: session.minutes,
  };
}
export type SessionReport = Awaited<ReturnType<typeof getSessionReport>>;

/** The 签到表: the session's roll (frozen at 开幕), by group then name. */
export async function getSignInSheet(actor: Actor, sessionId: string) {
  const sdb = scopedDb(actor.townshipId);
  const session = await loadSession(sdb, actor, sessionId);
  const [township, deputies] = await Promise.all([townshipName(actor), sessionRoll(sdb, session, "group")]);
  return {
    township,
    session: sessionSummary(session),
    deputies: deputies.map((d) => ({ id: d.deputyId, name: d.name, group: d.group ?? "" })),
  };
}

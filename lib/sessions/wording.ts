// Session wording shared by the .docx files and the printable pages: pure, no database. Dates and
// numerals in official wording are lib/text's.
import { daysUntil, parseDay } from "@/lib/time/day";
import { ROUND_KIND_LABELS } from "@/lib/sessions/labels";
import type { RecordState } from "@/lib/sessions/rules";

export interface AttendanceFigures {
  sitting: number;
  present: number;
  leave: number;
  absent: number;
  leftEarly: number;
  unmarked: number;
  nonVoting: number;
  public: number;
  quorumRequired: number;
  quorum: boolean;
}

/** Days a session lasts, both ends included. */
export function sessionDays(start: string, end: string): number {
  return daysUntil(parseDay(end), parseDay(start)) + 1;
}

export const resultLabel = (passed: boolean) => (passed ? "通过" : "未通过");

/** A kept record's mark: withdrawn (作废) or corrected (更正) with the reason; a correction names its reason. */
export function recordNote(r: { state: RecordState; reason: string | null; corrects: boolean }): string {
  if (r.state === "REVOKED") return `（已作废：${r.reason ?? ""}）`;
  if (r.state === "CORRECTED") return "（已更正，以更正后的记录为准）";
  return r.corrects ? `（更正：${r.reason ?? ""}）` : "";
}

/** The 结果 of a vote in the minutes: the outcome of a current record, else only its mark. */
export const voteResultText = (v: { state: RecordState; reason: string | null; corrects: boolean; passed: boolean }) =>
  v.state === "CURRENT" ? `${resultLabel(v.passed)}${recordNote(v)}` : recordNote(v).slice(1, -1);

/** 表决结果 sentence of an agenda item. */
export const voteSentence = (v: {
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  passed: boolean;
  state: RecordState;
  reason: string | null;
  corrects: boolean;
}) =>
  `表决结果：赞成 ${v.votesFor} 票，反对 ${v.votesAgainst} 票，弃权 ${v.votesAbstain} 票，${v.state === "CURRENT" ? resultLabel(v.passed) : "不计"}${recordNote(v)}。`;

/**
 * A round's sentence: its kind (重新投票, 再次投票, 另行选举), the ballots, and for a void round no valid-ballot
 * figure — it is held again with the same candidates.
 */
export function roundSentence(r: {
  roundNo: number;
  kind: keyof typeof ROUND_KIND_LABELS;
  seats: number;
  ballotsIssued: number;
  ballotsReturned: number;
  invalidBallots: number;
  void: boolean;
  sittingAtRound: number;
  required: number;
  state: RecordState;
  reason: string | null;
  corrects: boolean;
}): string {
  const kind = r.kind === "FIRST" ? "" : `${ROUND_KIND_LABELS[r.kind]}，`;
  const head = `第 ${r.roundNo} 次投票（${kind}应选 ${r.seats} 名）：发出选票 ${r.ballotsIssued} 张，收回 ${r.ballotsReturned} 张`;
  const tail = r.void
    ? "，收回选票多于发出选票，本次投票无效，应以原候选人重新投票。"
    : `，其中无效票 ${r.invalidBallots} 张、有效票 ${r.ballotsReturned - r.invalidBallots} 张；在任代表 ${r.sittingAtRound} 名，当选须获得 ${r.required} 票以上赞成票。`;
  return head + tail + recordNote(r);
}

/** The attendance sentence of the minutes. */
export function attendanceText(a: AttendanceFigures): string {
  return (
    `本次会议应到代表 ${a.sitting} 名，实到 ${a.present} 名，请假 ${a.leave} 名，缺席 ${a.absent} 名，中途离会 ${a.leftEarly} 名` +
    `${a.unmarked ? `，未登记 ${a.unmarked} 名` : ""}；列席 ${a.nonVoting} 人，旁听 ${a.public} 人。` +
    `出席人数${a.quorum ? "符合" : "不足"}法定人数（在任代表的三分之二以上，至少 ${a.quorumRequired} 名）。`
  );
}

/** The minutes' sentence on motions and suggestions raised at the session (the rows it lists). */
export function suggestionCountText(rows: readonly { kind: "SUGGESTION" | "MOTION" }[]): string {
  const motions = rows.filter((r) => r.kind === "MOTION").length;
  const suggestions = rows.length - motions;
  if (!rows.length) return "本次会议期间未收到代表议案和建议。";
  return `本次会议期间共收到代表议案 ${motions} 件、建议 ${suggestions} 件。`;
}

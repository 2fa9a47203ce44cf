// Session wording shared by the .docx files and the printable pages: pure, no database. Dates and
// numerals in official wording are lib/text's.
import { daysUntil, parseDay } from "@/lib/time/day";

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

// Wording shared by the .docx files and the printable pages: pure, no database.

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

/** 2026-09-01 → 2026年9月1日. */
export function cnDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2026年9月1日至3日 / 2026年9月30日至10月1日 / one day: 2026年9月1日. */
export function cnDateRange(start: string, end: string): string {
  if (start === end) return cnDate(start);
  const [y1, m1] = start.split("-").map(Number);
  const [y2, m2, d2] = end.split("-").map(Number);
  const tail = y1 !== y2 ? cnDate(end) : m1 !== m2 ? `${m2}月${d2}日` : `${d2}日`;
  return `${cnDate(start)}至${tail}`;
}

export function sessionDays(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 86_400_000) + 1;
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

// Pure rules of the deputy's record (履职档案, 代表法 第五十八条第二款: the presidium "应当记录代表履职情况 …
// 并公示代表基本信息和履职信息"): the figures of each section and the warning of 第六十二条第（三）项.
import type { DeputyAttendance, DeputySessionEntry } from "@/lib/sessions/public";
import type { DeputySuggestion } from "@/lib/suggestions/public";
import type { DeputySupervision } from "@/lib/supervision/public";
import { cnOrdinal } from "@/lib/text/numerals";

/** 代表法 第六十二条第（三）项, in the law's words. */
export const ARTICLE_62_WORDS =
  "代表有下列情形之一的，其代表资格终止：……（三）未经批准两次不出席本级人民代表大会会议的";
export const ARTICLE_62_CITATION = `《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》第六十二条：“${ARTICLE_62_WORDS}”。`;
/** 代表法 第五十八条第二款, the basis of the record and of its 公示. */
export const ARTICLE_58_WORDS =
  "乡、民族乡、镇的人民代表大会主席团应当记录代表履职情况，定期组织本级人民代表大会代表向原选区选民或者原选举单位报告履职情况，并公示代表基本信息和履职信息";

export const ABSENCE_RULE =
  "“缺席”为未经批准不出席（会议登记为缺席）；登记为“请假”的为经批准请假，不计入。次数按本届累计至所选年度年末。";

export interface AbsenceWarning {
  /** "warning" at the limit (the law's two), "notice" below it. */
  level: "notice" | "warning";
  count: number;
  limit: number;
  text: string;
}

const sessionName = (s: { number: number }) => `${cnOrdinal(s.number)}次会议`;

/**
 * 代表法 第六十二条第（三）项: a deputy who "未经批准两次不出席本级人民代表大会会议" loses the mandate. The record
 * warns from the first such absence and, at `limit` (the setting sessions.unapprovedAbsenceLimit, the law's
 * two), says the article applies; ending a mandate is the presidium's determination, not the software's.
 */
export function absenceWarning(absences: readonly { number: number }[], limit: number): AbsenceWarning | null {
  const count = absences.length;
  if (count === 0) return null;
  const which = absences.map(sessionName).join("、");
  if (count >= limit)
    return {
      level: "warning",
      count,
      limit,
      text: `本届已有${count}次未经批准不出席本级人民代表大会会议（${which}），已达代表法第六十二条第（三）项规定的情形，请主席团核实并依法处理。`,
    };
  return {
    level: "notice",
    count,
    limit,
    text: `本届已有${count}次未经批准不出席本级人民代表大会会议（${which}）；未经批准${limit}次不出席的，代表资格终止（代表法第六十二条第（三）项）。`,
  };
}

export interface AttendanceFigures {
  total: number;
  present: number;
  leftEarly: number;
  leave: number;
  absent: number;
  unmarked: number;
}

/** The year's sessions by mark: 出席 counts 中途离会 apart; 请假 is approved leave, 缺席 is not. */
export function attendanceFigures(sessions: readonly Pick<DeputySessionEntry, "status">[]): AttendanceFigures {
  const count = (s: DeputySessionEntry["status"]) => sessions.filter((e) => e.status === s).length;
  return {
    total: sessions.length,
    present: count("PRESENT"),
    leftEarly: count("LEFT_EARLY"),
    leave: count("LEAVE"),
    absent: count("ABSENT"),
    unmarked: count(null),
  };
}

export interface SuggestionFigures {
  total: number;
  led: number;
  cosigned: number;
  motions: number;
  replied: number;
  classes: { A: number; B: number; C: number };
  ratings: { SATISFIED: number; BASICALLY_SATISFIED: number; UNSATISFIED: number };
}

/** The year's suggestions: led or co-signed, replied with each class, rated with each rating. */
export function suggestionFigures(items: readonly DeputySuggestion[]): SuggestionFigures {
  const f: SuggestionFigures = {
    total: items.length,
    led: items.filter((s) => s.lead).length,
    cosigned: items.filter((s) => !s.lead).length,
    motions: items.filter((s) => s.kind === "MOTION").length,
    replied: items.filter((s) => s.replyClass).length,
    classes: { A: 0, B: 0, C: 0 },
    ratings: { SATISFIED: 0, BASICALLY_SATISFIED: 0, UNSATISFIED: 0 },
  };
  for (const s of items) {
    if (s.replyClass) f.classes[s.replyClass]++;
    if (s.rating) f.ratings[s.rating]++;
  }
  return f;
}

export interface SupervisionFigures {
  activities: number;
  attended: number;
  polls: number;
}

/** Activities taken part in (attended: marked present) and polls voted in. */
export function supervisionFigures(s: DeputySupervision): SupervisionFigures {
  return {
    activities: s.activities.length,
    attended: s.activities.filter((a) => a.attendance === "PRESENT").length,
    polls: s.polls.length,
  };
}

/** The sessions part of a record, with the warning. */
export function sessionsSection(a: DeputyAttendance, limit: number) {
  return {
    items: a.sessions,
    figures: attendanceFigures(a.sessions),
    absences: a.unapprovedAbsences,
    warning: absenceWarning(a.unapprovedAbsences, limit),
  };
}

/** The years a record may be asked for: from the term's first year to this one. */
export function recordYears(firstYear: number, thisYear: number): number[] {
  const years: number[] = [];
  for (let y = thisYear; y >= Math.min(firstYear, thisYear); y--) years.push(y);
  return years;
}

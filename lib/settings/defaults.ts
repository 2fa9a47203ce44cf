// The operational and legal figures, grouped by the folder that reads them; every key starts with
// its group's name. A module adds its group here (and to SETTING_GROUPS). Read through getSettings().

/** Sign-in and sessions. */
const AUTH = {
  /** Failed sign-ins within the window that lock an account. */
  "auth.lockoutThreshold": 5,
  "auth.lockoutWindowMinutes": 15,
  "auth.lockoutMinutes": 15,
  /** Failed sign-ins from one client address within the window that lock that address (any username). */
  "auth.ipLockoutThreshold": 20,
  /** A session ends after this long without a request… */
  "auth.idleTimeoutMinutes": 30,
  /** …and after this long in all. */
  "auth.absoluteTimeoutHours": 12,
} as const;

/** The roster. */
const ROSTER = {
  /** Each presidium member is linked to 5–10 deputies (the documents' working rule). */
  "roster.presidiumLinkMin": 5,
  "roster.presidiumLinkMax": 10,
  /** Lists of people in 姓氏笔画 order (0, the usual practice of official lists) or in pinyin order (1). */
  "roster.namePinyinOrder": 0,
} as const;

/** Congress sessions. */
const SESSIONS = {
  /** 地方组织法 第十四条第四款: "有三分之二以上的代表出席，始得举行". */
  "sessions.quorumNumerator": 2,
  "sessions.quorumDenominator": 3,
  /** 地方组织法 第十四条第三款: "经过五分之一以上代表提议" (the presidium may also call one on its own decision). */
  "sessions.extraordinaryNumerator": 1,
  "sessions.extraordinaryDenominator": 5,
  /** 地方组织法 第二十六条第二款: "乡、民族乡、镇的人民代表大会代表十人以上书面联名" may nominate a candidate. */
  "sessions.jointNominationMin": 10,
  /**
   * 再次投票 of the tied (地方组织法 第二十九条第一款 "以得票多的当选"): 1 = the winner also needs a majority of all
   * deputies (第二十五条), 0 = the most votes alone. The article does not settle it; the session's 选举办法 does.
   */
  "sessions.runoffMajority": 1,
  /** Uploaded session documents: at most this many megabytes each. */
  "sessions.documentMaxMb": 20,
  /**
   * 代表法 第六十二条第（三）项: a deputy's mandate ends when they "未经批准两次不出席本级人民代表大会会议"; the deputy's
   * record (履职档案) warns at this many sessions missed without approved leave (缺席, not 请假).
   */
  "sessions.unapprovedAbsenceLimit": 2,
} as const;

/** Suggestions and motions. */
const SUGGESTIONS = {
  /** 代表法 Art. 51 (2025): reply within 3 months of assignment, 6 for broad or difficult ones. */
  "suggestions.replyMonths": 3,
  "suggestions.broadReplyMonths": 6,
  /** 地方组织法 第二十二条第二款: "乡、民族乡、镇的人民代表大会代表五人以上联名" may table a motion. */
  "suggestions.motionMinDeputies": 5,
  /** A unit may return a wrongly assigned suggestion within this many working days. */
  "suggestions.returnWorkingDays": 7,
  /** Co-units send their input to the lead unit within this many months. */
  "suggestions.coUnitInputMonths": 1,
  /** Attachments to a suggestion, a reply or a delay notice: at most this many megabytes each… */
  "suggestions.attachmentMaxMb": 10,
  /** …and at most this many files on the suggestion itself and on each reply or delay notice. */
  "suggestions.attachmentMaxFiles": 10,
  /** …and at most this many megabytes in one upload, so a request's memory stays bounded. */
  "suggestions.attachmentMaxTotalMb": 50,
  /** "Due soon" on the reminder lists. */
  "suggestions.dueSoonDays": 14,
  /**
   * The chair signs off (签发) an assignment before the units see it, and the reply period runs
   * from that day (1: required, the township's practice; 0: the office's 交办 hands it over at once).
   */
  "suggestions.signOffRequired": 1,
  /**
   * A reply needs a contact record (联系代表) of the lead unit first (1: required; 0, the default: the reply
   * form only says whether contact was made). Local practice, not law.
   */
  "suggestions.contactBeforeReply": 0,
} as const;

/** Supervision (监督). */
const SUPERVISION = {
  /**
   * 民主测评's 满意率: 0 = (满意 + 基本满意) ÷ 有效票 (the documents' usual reckoning), 1 = 满意 ÷ 有效票 only.
   * Local practice (the township's rules), not national law.
   */
  "supervision.rateCountsSatisfiedOnly": 0,
  /** Documents and photos of an activity: at most this many megabytes each. */
  "supervision.documentMaxMb": 20,
} as const;

/** Petitions (信访), on the clock of 信访工作条例 (2022); the legal figures are the law's, kept as settings. */
const PETITIONS = {
  /** Art. 23 para 2: the written notice within this many days of receipt (日: the day of receipt not counted). */
  "petitions.noticeDays": 15,
  /** Art. 23 para 3: a body that received a case outside its remit objects within this many working days. */
  "petitions.objectionWorkingDays": 5,
  /** Art. 34: 申诉求决类 finished within this many days of acceptance… */
  "petitions.handlingDays": 60,
  /** …extended once by at most this many days, with the head's approval and the petitioner told why. */
  "petitions.maxExtensionDays": 30,
  /** Art. 35–36: 复查 / 复核 asked within this many days of the answer, answered within as many. */
  "petitions.reviewRequestDays": 30,
  "petitions.reviewAnswerDays": 30,
  /** Art. 20: a collective visit sends at most this many representatives. */
  "petitions.maxRepresentatives": 5,
  /** Possible duplicates are looked for among petitions received this many days back (local practice). */
  "petitions.duplicateLookbackDays": 90,
  /** Reminder lists: "due soon" within this many days (local practice). */
  "petitions.dueSoonDays": 7,
  /** Attachments: at most this many megabytes each. */
  "petitions.attachmentMaxMb": 10,
} as const;

/** Voter reception days (接待选民日): local practice (the township's rules), not national law. */
const RECEPTION = {
  /** The day of the month, moved to the next working day when it is not one. */
  "reception.dayOfMonth": 10,
  /** Warn below this many reception days a year. */
  "reception.minPerYear": 8,
  /** The notice is published this many days ahead. */
  "reception.noticeDaysAhead": 3,
  /** Each sitting deputy serves at least this many reception days a year. */
  "reception.minDutiesPerDeputy": 1,
} as const;

/** Training (代表法 Art. 47 para 3: deputies shall attend); the norms are local practice, not law. */
const TRAINING = {
  /** Days of training per deputy per term: the norm's lower and upper figure (5–7). */
  "training.termDaysMin": 5,
  "training.termDaysMax": 7,
  /** A group below this many trainings a year is warned. */
  "training.groupMinPerYear": 2,
} as const;

/** Group activities (代表小组活动): local practice — each group meets every quarter, at least 4 a year. */
const GROUPS = {
  "groups.minPerQuarter": 1,
  "groups.minPerYear": 4,
  /** Photos of an activity: at most this many megabytes each. */
  "groups.photoMaxMb": 10,
} as const;

/** The duty register and the "六个一" card's targets per deputy per year: local practice, not law. */
const DUTIES = {
  "duties.votersContacted": 10,
  "duties.forums": 1,
  "duties.valuableSuggestions": 1,
  "duties.practicalThings": 1,
  "duties.householdsHelped": 1,
  "duties.disputesMediated": 1,
  /** Photos of a duty entry: at most this many megabytes each. */
  "duties.photoMaxMb": 10,
} as const;

/** Notices. */
const NOTIFICATIONS = {
  /** Notices also go out as SMS / WeChat messages through the outbox (1: on; off by default). */
  "notifications.smsEnabled": 0,
  "notifications.wechatEnabled": 0,
} as const;

/** The document register (收发文登记): a registered document's file. Types: PDF, Word, Excel, JPG, PNG. */
const DOCUMENTS = {
  /** At most this many megabytes. */
  "documents.fileMaxMb": 20,
} as const;

/**
 * The year's archive (.zip): the files of one year are packed in memory, so a year above this many megabytes
 * (the files' sizes added up) is refused with a message to download by category instead.
 */
const ARCHIVE = {
  "archive.zipMaxMb": 500,
} as const;

/**
 * Publicity (宣传): the county congress's scoring table — points per article or report by where it was adopted or
 * published — and the year's target (95) and the score counted as advanced (145). Local practice (the county's
 * yearly notice), not law: the office changes them when the county's table changes. A recorded item keeps the
 * points it was scored with.
 */
const PUBLICITY = {
  /** 信息被县人大采用 */
  "publicity.points.COUNTY_INFO": 2,
  /** 县级媒体或县人大刊物刊发 */
  "publicity.points.COUNTY_PUBLISHED": 3,
  /** 市级人大刊物、市级媒体刊发 */
  "publicity.points.CITY_PUBLISHED": 5,
  /** 省级人大刊物、省级媒体刊发 */
  "publicity.points.PROVINCE_PUBLISHED": 10,
  /** 全国人大刊物、中央媒体刊发 */
  "publicity.points.NATIONAL_PUBLISHED": 20,
  /** 调研报告、理论文章被县级以上采用 */
  "publicity.points.RESEARCH_ADOPTED": 5,
  "publicity.yearTarget": 95,
  "publicity.advancedScore": 145,
} as const;

/** Each group by its key prefix (lib/settings/defaults.test.ts keeps keys and prefixes together). */
export const SETTING_GROUPS = {
  auth: AUTH,
  roster: ROSTER,
  sessions: SESSIONS,
  suggestions: SUGGESTIONS,
  supervision: SUPERVISION,
  petitions: PETITIONS,
  reception: RECEPTION,
  training: TRAINING,
  groups: GROUPS,
  duties: DUTIES,
  notifications: NOTIFICATIONS,
  documents: DOCUMENTS,
  archive: ARCHIVE,
  publicity: PUBLICITY,
} as const;

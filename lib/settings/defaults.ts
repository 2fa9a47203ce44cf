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
  /** 地方组织法 Art. 14: a township session needs at least two thirds of the deputies present. */
  "sessions.quorumNumerator": 2,
  "sessions.quorumDenominator": 3,
  /** 地方组织法 Art. 14: an extraordinary session when at least one fifth of the deputies propose it. */
  "sessions.extraordinaryNumerator": 1,
  "sessions.extraordinaryDenominator": 5,
  /** 地方组织法 Art. 26: at least ten deputies may jointly nominate a candidate. */
  "sessions.jointNominationMin": 10,
  /** Uploaded session documents: at most this many megabytes each. */
  "sessions.documentMaxMb": 20,
} as const;

/** Suggestions and motions. */
const SUGGESTIONS = {
  /** 代表法 Art. 51 (2025): reply within 3 months of assignment, 6 for broad or difficult ones. */
  "suggestions.replyMonths": 3,
  "suggestions.broadReplyMonths": 6,
  /** 地方组织法 Art. 22: a motion needs at least five deputies jointly. */
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
} as const;

/** Notices. */
const NOTIFICATIONS = {
  /** Notices also go out as SMS / WeChat messages through the outbox (1: on; off by default). */
  "notifications.smsEnabled": 0,
  "notifications.wechatEnabled": 0,
} as const;

/** Each group by its key prefix (lib/settings/defaults.test.ts keeps keys and prefixes together). */
export const SETTING_GROUPS = {
  auth: AUTH,
  roster: ROSTER,
  sessions: SESSIONS,
  suggestions: SUGGESTIONS,
  notifications: NOTIFICATIONS,
} as const;

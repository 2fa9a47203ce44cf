// The drafted documents' types (lib/year/report.ts): the figures of a period the documents cite, the input of a
// document and its structured text.
export const YEAR_DOC_KINDS = ["summary", "session-report", "half-year"] as const;
export type YearDocKind = (typeof YEAR_DOC_KINDS)[number];

/** The figures of one period (a year, or its first half) the documents cite; every one counted from the records. */
export interface PeriodFigures {
  sessions: {
    /** 人代会 sessions held in the period, oldest first. */
    held: { name: string; startDate: string }[];
    /** The sessions' days, and the deputies' attendance at them. */
    days: number;
    attendanceRate: number | null;
    /** Resolutions and decisions adopted (表决通过决议、决定). */
    resolutions: number;
    /** Elections held, and the persons elected in them. */
    elections: number;
    elected: number;
    presidiumMeetings: number;
    /** Reports heard at the presidium's meetings (听取专项工作报告). */
    reportsHeard: number;
  };
  suggestions: {
    total: number;
    replied: number;
    onTimeRate: number | null;
    byClass: { A: number; B: number; C: number };
    resolvedRate: number | null;
    rated: number;
    satisfactionRate: number | null;
    rehandled: number;
    overdue: number;
    /** The lead units, most suggestions first. */
    units: { name: string; total: number; satisfactionRate: number | null }[];
  };
  supervision: {
    activities: number;
    byKind: { kind: string; label: string; total: number }[];
    /** Units (or officials) evaluated, with the first poll's rate and its figures ("16/17 = 94%"). */
    evaluated: { name: string; activity: string; rate: number | null; figures: string | null }[];
    /** 执法检查, 视察 and 调研, in order: title, kind, the law inspected. */
    inspections: { title: string; kind: string; label: string; lawName: string | null; startDate: string }[];
    opinions: number;
    rectifications: { total: number; accepted: number; overdue: number; onTimeRate: number | null };
    /** The deputies' poll on the suggestion handling (代表对建议办理工作的满意度测评), when held. */
    handlingPoll: { rate: number | null; figures: string } | null;
  };
  petitions: {
    received: number;
    accepted: number;
    closed: number;
    resolved: number;
    noticeRate: number | null;
    handlingRate: number | null;
    overdue: number;
    byCategory: { label: string; received: number }[];
    county: {
      received: number;
      reported: number;
      cases: { subject: string; sourceDocNo: string | null; reported: boolean; closed: boolean }[];
    };
    /** A few resolved cases, named by subject (petitioners' names masked). */
    resolvedExamples: { category: string; subject: string }[];
  };
  reception: {
    held: number;
    visitors: number;
    issues: number;
    solved: number;
    toSuggestions: number;
    toPetitions: number;
    sitting: number;
    served: number;
  };
  training: {
    held: number;
    days: number;
    enrolled: number;
    present: number;
    attendanceRate: number | null;
    deputiesTrained: number;
    deputiesSitting: number;
    coverage: number | null;
  };
  groups: { groups: number; activities: number; attendances: number; suggestions: number; warned: number };
  duties: {
    verified: number;
    deputies: number;
    votersReached: number;
    voterReportsHeld: number;
    voterReportRate: number | null;
  };
}

/** One line of the key-figure table: this period, the one before, the change. */
export interface ReportKeyFigure {
  /** The area's name (人代会和主席团, 监督 …). */
  area: string;
  label: string;
  unit: string;
  value: number | null;
  previous: number | null;
  change: number | null;
}

export interface YearReportInput {
  kind: YearDocKind;
  township: string;
  year: number;
  /** The day the figures were taken (年-月-日). */
  asOf: string;
  current: PeriodFigures;
  /** The same period a year earlier (the previous year, or its first half). */
  previous: PeriodFigures | null;
  keyFigures: ReportKeyFigure[];
  /** The session the report goes to, when it is in the records. */
  nextSession: { termNumber: number; number: number } | null;
}

export interface DocTable {
  header: string[];
  rows: (string | number)[][];
}

export interface DocSection {
  heading: string;
  paragraphs: string[];
  table?: DocTable;
}

export interface DocPart {
  heading: string;
  intro: string[];
  sections: DocSection[];
}

export interface YearDocText {
  kind: YearDocKind;
  title: string;
  subtitle: string | null;
  salutation: string | null;
  opening: string[];
  parts: DocPart[];
  closing: string[];
  signature: string | null;
  date: string;
  /** 附表: the key figures with the period before beside them. */
  appendix: { title: string; table: DocTable } | null;
}

/** What a notice is about: a record of any domain (e.g. { type: "suggestion", id }). */
export interface Subject {
  type: string;
  id: string;
}

/** Who gets it: one user, a unit (every user of the unit sees it) or a deputy (the deputy's user). */
export type Recipient = { userId: string } | { unitId: string } | { deputyId: string };

export interface Notice {
  townshipId: string;
  recipient: Recipient;
  subject?: Subject;
  /** The page the notice opens, e.g. /suggestions/<id>. */
  link?: string;
  /** Simplified Chinese, at most 300 characters. */
  message: string;
}

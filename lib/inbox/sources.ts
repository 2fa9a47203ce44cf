import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * One read model for the work units are given, across domains: a unit's inbox and the office's
 * reminder list (催办). Each domain that hands items to units registers a source — SQL yielding the
 * common columns below — from its own module (the kernel imports no domain); the kernel UNION ALLs
 * the sources, then filters, sorts and pages in SQL.
 *
 * Every source's SELECT yields exactly these columns, in this order:
 *   kind text, id uuid, number text (nullable), title text, "unitId" uuid, role text ('LEAD' | 'CO'),
 *   "dueDate" date (nullable), state text, open boolean (still being handled), link text.
 */
export interface InboxRow {
  /** The source's kind, e.g. "suggestion", "petition". */
  kind: string;
  id: string;
  number: string | null;
  title: string;
  /** The unit the row is for: the inbox's unit, or on the reminder list the lead unit. */
  unitId: string;
  role: "LEAD" | "CO";
  /** The day it is due (a delay's date when there is one); null when it has none. */
  dueDate: Date | null;
  /** The domain's own state, as text. */
  state: string;
  /** Still being handled by the unit. */
  open: boolean;
  /** The item's page. */
  link: string;
}

export interface UnitItemsParams {
  townshipId: string;
  unitId: string;
  /** The domain's own state value; only meaningful when the caller asks for that source's kind alone. */
  state?: string;
  /** Only what the unit leads and is still handling (the replies it owes). */
  leadOpen?: boolean;
  /**
   * Only the items still being handled (true) or only the finished ones (false); undefined: both. The kernel
   * filters on the `open` column itself as well, so a source may ignore this; a source that writes it on its
   * own state column lets the planner reach the few open items through a (township, state) index.
   */
  open?: boolean;
}

export interface DueItemsParams {
  townshipId: string;
  /** null: the whole township (the office's list); otherwise only what this unit leads. */
  unitId: string | null;
  /** 年-月-日, today in China. */
  today: string;
  /** 年-月-日, the last day that counts as "due soon". */
  horizon: string;
  /** overdue: due before today; due_soon: today through horizon; neither: both. */
  status?: "overdue" | "due_soon";
}

export interface InboxSource {
  kind: string;
  /** Items assigned to the unit (lead or co-unit, assignment still active), finished ones included. */
  unitItems(p: UnitItemsParams): Prisma.Sql;
  /** Items being handled and due by `horizon` (or overdue), one row per item for its lead unit. */
  dueItems(p: DueItemsParams): Prisma.Sql;
  /**
   * Optional: one row `total int, open int` — how many rows `unitItems(p)` yields and how many of them are open —
   * written so that indexes answer it without reading every item (the kernel only asks it without `state` or
   * `leadOpen`). Without it the kernel counts over `unitItems`.
   */
  unitCounts?(p: Pick<UnitItemsParams, "townshipId" | "unitId">): Prisma.Sql;
}

const sources = new Map<string, InboxSource>();

/** Called by a domain module at import (e.g. lib/suggestions/inbox.ts). Registering again replaces. */
export function registerInboxSource(source: InboxSource): void {
  sources.set(source.kind, source);
}

/** The registered sources, or only those of the given kinds. */
export function inboxSources(kinds?: readonly string[]): InboxSource[] {
  const all = [...sources.values()];
  return kinds ? all.filter((s) => kinds.includes(s.kind)) : all;
}

// The year plan's progress (年初问计划，年中问进展，年末问结果): ONE function the plan's page, the dashboards and the
// annual summary call. Every item's status is read from its linked records unless the office set it
// (lib/work-plans/rules.ts says how); the figures count the items by status, month and module.
import type { WorkPlanItemStatus, WorkPlanModule, WorkPlanState } from "@/lib/generated/prisma/enums";
import { todayInChina } from "@/lib/time/day";
import { recordKey, recordsByKey, type Client, type LinkableRecord } from "@/lib/work-plans/records";
import {
  addToTally,
  emptyTally,
  itemProgress,
  PROGRESS_RULES,
  type ItemProgress,
  type ProgressTally,
} from "@/lib/work-plans/rules";
import { monthLabel, WORK_PLAN_MODULE_LABELS, WORK_PLAN_MODULES } from "@/lib/work-plans/labels";

export interface ItemWithProgress {
  id: string;
  version: number;
  position: number;
  month: number | null;
  title: string;
  content: string | null;
  responsible: string;
  module: WorkPlanModule;
  /** As the office set it. */
  officeStatus: WorkPlanItemStatus;
  statusNote: string | null;
  progress: ItemProgress;
  links: (LinkableRecord & { linkId: string; missing: boolean })[];
}

export interface WorkPlanProgress extends ProgressTally {
  year: number;
  rules: typeof PROGRESS_RULES;
  /** null when the township has no plan for the year (every figure is 0 then). */
  plan: { id: string; title: string; state: WorkPlanState; approvedOn: Date | null } | null;
  /** Months 1–12, then the all-year items (month null), each only when it has items. */
  byMonth: ({ month: number | null; label: string } & ProgressTally)[];
  /** In the modules' order, each only when it has items. */
  byModule: ({ module: WorkPlanModule; label: string } & ProgressTally)[];
  items: ItemWithProgress[];
}

/** The items of a plan with their progress (the page, the .docx and the figures read the same). */
export async function itemsWithProgress(
  client: Client,
  townshipId: string,
  planId: string,
  year: number,
  today: Date,
): Promise<ItemWithProgress[]> {
  const items = await client.workPlanItem.findMany({
    where: { townshipId, planId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { links: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } },
  });
  const records = await recordsByKey(
    client,
    townshipId,
    items.flatMap((i) => i.links),
    today,
  );
  return items.map((item) => {
    const links = item.links.map((l) => {
      const r = records.get(recordKey(l.module, l.recordId));
      return {
        linkId: l.id,
        module: l.module,
        id: l.recordId,
        label: r?.label ?? "（记录已不存在）",
        date: r?.date ?? "",
        happened: r?.happened ?? false,
        missing: !r,
      };
    });
    const states = links.map((l) => ({ module: l.module, recordId: l.id, exists: !l.missing, happened: l.happened }));
    return {
      id: item.id,
      version: item.version,
      position: item.position,
      month: item.month,
      title: item.title,
      content: item.content,
      responsible: item.responsible,
      module: item.module,
      officeStatus: item.status,
      statusNote: item.statusNote,
      progress: itemProgress(item, year, states, today),
      links,
    };
  });
}

/**
 * The township's plan progress for a year: items planned, done, in progress, not started, overdue and dropped,
 * by month and by module, with each item. `client` is a database client or transaction (pages and
 * dashboards pass `db`); every query is filtered by `townshipId` as well.
 */
export async function workPlanProgress(
  client: Client,
  townshipId: string,
  year: number,
  opts: { today?: Date } = {},
): Promise<WorkPlanProgress> {
  const today = opts.today ?? todayInChina();
  const plan = await client.workPlan.findUnique({
    where: { townshipId_year: { townshipId, year } },
    select: { id: true, title: true, state: true, approvedOn: true, townshipId: true },
  });
  const items =
    plan && plan.townshipId === townshipId ? await itemsWithProgress(client, townshipId, plan.id, year, today) : [];
  const total = emptyTally();
  const months = new Map<number | null, ProgressTally>();
  const modules = new Map<WorkPlanModule, ProgressTally>();
  for (const item of items) {
    addToTally(total, item.progress);
    if (!months.has(item.month)) months.set(item.month, emptyTally());
    addToTally(months.get(item.month)!, item.progress);
    if (!modules.has(item.module)) modules.set(item.module, emptyTally());
    addToTally(modules.get(item.module)!, item.progress);
  }
  const monthOrder = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, null];
  return {
    year,
    rules: PROGRESS_RULES,
    plan: plan ? { id: plan.id, title: plan.title, state: plan.state, approvedOn: plan.approvedOn } : null,
    ...total,
    byMonth: monthOrder
      .filter((m) => months.has(m))
      .map((m) => ({ month: m, label: monthLabel(m), ...months.get(m)! })),
    byModule: WORK_PLAN_MODULES.filter((m) => modules.has(m)).map((m) => ({
      module: m,
      label: WORK_PLAN_MODULE_LABELS[m],
      ...modules.get(m)!,
    })),
    items,
  };
}

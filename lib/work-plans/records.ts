// The records a plan item can be linked to, module by module: the ones of a township and year (the link form's
// choices), whether one exists in that township (a link is checked before it is written), and whether it has
// happened (held, closed, concluded…), which the progress rules read. Read straight from the records' tables,
// always filtered by township.
import type { Tx } from "@/lib/db";
import type { WorkPlanModule } from "@/lib/generated/prisma/enums";
import { formatDay } from "@/lib/time/day";

export type Client = Tx;

export interface LinkableRecord {
  module: WorkPlanModule;
  id: string;
  label: string;
  /** The record's day (held, started, received…), YYYY-MM-DD. */
  date: string;
  happened: boolean;
}

type Range = { gte: Date; lt: Date };
type Loader = (
  client: Client,
  townshipId: string,
  filter: { ids: string[] } | { year: Range },
  today: Date,
) => Promise<Omit<LinkableRecord, "module">[]>;

const yearRange = (year: number): Range => ({
  gte: new Date(Date.UTC(year, 0, 1)),
  lt: new Date(Date.UTC(year + 1, 0, 1)),
});
const clip = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);
const byIds = (f: { ids: string[] } | { year: Range }) => ("ids" in f ? { id: { in: f.ids } } : null);
const onDay = (d: Date, today: Date) => d.getTime() <= today.getTime();
const TAKE = 300;

/** What "happened" means, module by module (the progress rules read it). */
export const HAPPENED_RULES: Record<Exclude<WorkPlanModule, "OTHER">, string> = {
  SESSION: "人代会已闭会",
  PRESIDIUM_MEETING: "主席团会议已召开（会议日期已到）",
  SUPERVISION: "监督活动已结束",
  SUGGESTION: "建议已答复（已答复、已测评或已办结）",
  PETITION: "信访件已答复（已答复、已报告或已办结）",
  RECEPTION: "接待选民日已举行",
  TRAINING: "培训已举办（未取消，开始日期已到）",
  GROUP_ACTIVITY: "代表小组活动已开展（活动日期已到）",
  DUTY: "履职登记的日期已到（退回的不算）",
  PUBLICITY: "宣传稿件已报送",
};

const LOADERS: Record<Exclude<WorkPlanModule, "OTHER">, Loader> = {
  async SESSION(client, townshipId, f) {
    const rows = await client.congressSession.findMany({
      where: { townshipId, ...(byIds(f) ?? { startDate: "year" in f ? f.year : undefined }) },
      select: { id: true, number: true, kind: true, startDate: true, status: true },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `第${r.number}次${r.kind === "EXTRAORDINARY" ? "临时" : ""}人代会`,
      date: formatDay(r.startDate),
      happened: r.status === "CLOSED",
    }));
  },
  async PRESIDIUM_MEETING(client, townshipId, f, today) {
    const rows = await client.presidiumMeeting.findMany({
      where: { townshipId, ...(byIds(f) ?? { date: "year" in f ? f.year : undefined }) },
      select: { id: true, number: true, date: true },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `主席团第${r.number}次会议`,
      date: formatDay(r.date),
      happened: onDay(r.date, today),
    }));
  },
  async SUPERVISION(client, townshipId, f) {
    const rows = await client.supervisionActivity.findMany({
      where: { townshipId, ...(byIds(f) ?? { startDate: "year" in f ? f.year : undefined }) },
      select: { id: true, title: true, startDate: true, state: true },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: clip(r.title),
      date: formatDay(r.startDate),
      happened: r.state === "CONCLUDED",
    }));
  },
  async SUGGESTION(client, townshipId, f) {
    const rows = await client.suggestion.findMany({
      where: {
        townshipId,
        ...(byIds(f) ?? {
          state: { notIn: ["DRAFT", "WITHDRAWN", "MERGED"] },
          createdAt: "year" in f ? f.year : undefined,
        }),
      },
      select: { id: true, title: true, number: true, raisedOn: true, createdAt: true, state: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `${r.number ? `${r.number} ` : ""}${clip(r.title)}`,
      date: formatDay(r.raisedOn ?? r.createdAt),
      happened: ["REPLIED", "RATED", "CLOSED"].includes(r.state),
    }));
  },
  async PETITION(client, townshipId, f) {
    const rows = await client.petition.findMany({
      where: { townshipId, ...(byIds(f) ?? { receivedOn: "year" in f ? f.year : undefined }) },
      select: { id: true, number: true, subject: true, receivedOn: true, state: true },
      orderBy: [{ receivedOn: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `${r.number ? `${r.number} ` : ""}${clip(r.subject)}`,
      date: formatDay(r.receivedOn),
      happened: ["ANSWERED", "REPORTED", "CLOSED"].includes(r.state),
    }));
  },
  async RECEPTION(client, townshipId, f) {
    const rows = await client.receptionDay.findMany({
      where: { townshipId, ...(byIds(f) ?? { date: "year" in f ? f.year : undefined }) },
      select: { id: true, date: true, heldOn: true, cancelled: true, place: true },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `接待选民日${r.cancelled ? "（已取消）" : ""}${r.place ? ` ${clip(r.place, 20)}` : ""}`,
      date: formatDay(r.date),
      happened: r.heldOn !== null && !r.cancelled,
    }));
  },
  async TRAINING(client, townshipId, f, today) {
    const rows = await client.trainingSession.findMany({
      where: { townshipId, ...(byIds(f) ?? { startDate: "year" in f ? f.year : undefined }) },
      select: { id: true, title: true, startDate: true, cancelled: true },
      orderBy: [{ startDate: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `${clip(r.title)}${r.cancelled ? "（已取消）" : ""}`,
      date: formatDay(r.startDate),
      happened: !r.cancelled && onDay(r.startDate, today),
    }));
  },
  async GROUP_ACTIVITY(client, townshipId, f, today) {
    const rows = await client.groupActivity.findMany({
      where: { townshipId, ...(byIds(f) ?? { heldOn: "year" in f ? f.year : undefined }) },
      select: { id: true, topic: true, heldOn: true, group: { select: { name: true } } },
      orderBy: [{ heldOn: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `${r.group.name}：${clip(r.topic)}`,
      date: formatDay(r.heldOn),
      happened: onDay(r.heldOn, today),
    }));
  },
  async DUTY(client, townshipId, f, today) {
    const rows = await client.deputyDuty.findMany({
      where: { townshipId, ...(byIds(f) ?? { occurredOn: "year" in f ? f.year : undefined }) },
      select: { id: true, description: true, occurredOn: true, state: true, deputy: { select: { name: true } } },
      orderBy: [{ occurredOn: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: `${r.deputy.name}：${clip(r.description, 20)}`,
      date: formatDay(r.occurredOn),
      happened: r.state !== "RETURNED" && onDay(r.occurredOn, today),
    }));
  },
  async PUBLICITY(client, townshipId, f, today) {
    const rows = await client.publicityItem.findMany({
      where: { townshipId, ...(byIds(f) ?? { sentOn: "year" in f ? f.year : undefined }) },
      select: { id: true, title: true, sentOn: true },
      orderBy: [{ sentOn: "asc" }, { id: "asc" }],
      take: TAKE,
    });
    return rows.map((r) => ({
      id: r.id,
      label: clip(r.title),
      date: formatDay(r.sentOn),
      happened: onDay(r.sentOn, today),
    }));
  },
};

/** The township's records of a module in a year: the link form's choices (at most 300, by date). */
export async function linkableRecords(
  client: Client,
  townshipId: string,
  module: WorkPlanModule,
  year: number,
  today: Date,
): Promise<LinkableRecord[]> {
  if (module === "OTHER") return [];
  const rows = await LOADERS[module](client, townshipId, { year: yearRange(year) }, today);
  return rows.map((r) => ({ ...r, module }));
}

/** The linked records that exist in the township, by `${module}:${id}`. */
export async function recordsByKey(
  client: Client,
  townshipId: string,
  links: readonly { module: WorkPlanModule; recordId: string }[],
  today: Date,
): Promise<Map<string, LinkableRecord>> {
  const byModule = new Map<WorkPlanModule, string[]>();
  for (const l of links) byModule.set(l.module, [...(byModule.get(l.module) ?? []), l.recordId]);
  const out = new Map<string, LinkableRecord>();
  await Promise.all(
    [...byModule].map(async ([module, ids]) => {
      if (module === "OTHER") return;
      for (const r of await LOADERS[module](client, townshipId, { ids: [...new Set(ids)] }, today))
        out.set(`${module}:${r.id}`, { ...r, module });
    }),
  );
  return out;
}

export const recordKey = (module: WorkPlanModule, id: string) => `${module}:${id}`;

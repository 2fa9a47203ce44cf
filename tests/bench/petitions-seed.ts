// The benchmark's petitions and rectification tasks (issue 16): 50,000 petitions and 10,000 rectification tasks
// across ten years (2017–2026) in the county's 20 townships, on the units the suggestions seed made. Each
// petition has its petitioner and, when accepted here, a lead unit (the first unit leads about a quarter, as with
// the suggestions); past years are closed, the current year is a mix of states. Each township-year has one 工作评议
// whose review opinions became the tasks. Bulk inserts (json_populate_recordset), a few seconds in all.
import crypto from "node:crypto";
import { addDays, DAY_MS } from "@/lib/time/day";
import { handlingDue } from "@/lib/petitions/clock";
import { prng } from "@/tests/bench/names";
import { FIRST_YEAR, YEARS, insert, type SuggestionBenchTownship } from "@/tests/bench/suggestions-seed";

export const PETITIONS_PER_TOWNSHIP_YEAR = 250;
export const TASKS_PER_TOWNSHIP_YEAR = 50;

const SUBJECTS = ["反映土地流转租金未兑付", "请求补发生活补贴", "反映道路损坏", "反映拖欠工资", "反映饮水困难"];
const CHANNELS = ["LETTER", "VISIT", "PHONE", "ONLINE", "COUNTY_TRANSFER"] as const;
const CATEGORIES = ["SUGGESTION_OPINION", "ACCUSATION", "APPEAL_CLAIM"] as const;
const OPEN_STATES = ["REGISTERED", "PROPOSED", "APPROVED", "TRANSFERRED", "TRANSFERRED", "ANSWERED"] as const;

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
const at = (d: Date) => new Date(d.getTime() + 2 * 3_600_000);
const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const pad = (n: number) => String(n).padStart(3, "0");

/** The day received within the year (the current year only up to today). */
function receivedIn(rand: () => number, year: number, today: Date) {
  const current = year === today.getUTCFullYear();
  const span = current ? Math.max(1, Math.floor((today.getTime() - day(year, 0, 1).getTime()) / DAY_MS)) : 360;
  return { current, received: addDays(day(year, 0, 1), Math.floor(rand() * span)) };
}

function petitionRows(ts: SuggestionBenchTownship, year: number, today: Date, rand: () => number) {
  const petitions: object[] = [];
  const petitioners: object[] = [];
  const assignments: object[] = [];
  for (let i = 0; i < PETITIONS_PER_TOWNSHIP_YEAR; i++) {
    const id = crypto.randomUUID();
    const { current, received } = receivedIn(rand, year, today);
    const state = current && rand() < 0.5 ? pick(rand, OPEN_STATES) : "CLOSED";
    const registered = state === "REGISTERED";
    const accepted = !registered && rand() < 0.75 ? addDays(received, 2) : null;
    const due = accepted ? handlingDue(accepted) : null;
    const closed = state === "CLOSED" ? addDays(received, 10 + Math.floor(rand() * 70)) : null;
    const channel = pick(rand, CHANNELS);
    petitions.push({
      id,
      townshipId: ts.id,
      number: `信访${year}-${pad(i + 1)}`,
      channel,
      sourceDocNo: channel === "COUNTY_TRANSFER" ? `县人大信转〔${year}〕${i + 1}号` : null,
      receivedOn: received,
      subject: `${pick(rand, SUBJECTS)}（${i + 1}）`,
      content: "信访人反映的问题，请依法办理。",
      category: pick(rand, CATEGORIES),
      state,
      intake: registered ? null : accepted ? "ACCEPT" : rand() < 0.5 ? "FORWARD" : "REDIRECT",
      acceptedOn: accepted,
      // Told within the clock's 15 days (noticeDue), mostly well before.
      notifiedOn: registered ? null : addDays(received, 1 + Math.floor(rand() * 14)),
      dueDate: due,
      closedOn: closed,
      resolved: closed && accepted ? rand() < 0.8 : null,
      createdById: ts.officeUserId,
      createdAt: at(received),
      updatedAt: at(closed ?? received),
    });
    petitioners.push({ id: crypto.randomUUID(), townshipId: ts.id, petitionId: id, name: "信访人", position: 1 });
    const handed = accepted && !["PROPOSED", "APPROVED"].includes(state);
    if (handed)
      assignments.push({
        id: crypto.randomUUID(),
        townshipId: ts.id,
        petitionId: id,
        unitId: rand() < 0.25 ? ts.unitIds[0] : pick(rand, ts.unitIds),
        lead: true,
        assignedOn: addDays(accepted, 2),
        returnBy: addDays(accepted, 9),
        active: true,
      });
  }
  return { petitions, petitioners, assignments };
}

function rectificationRows(ts: SuggestionBenchTownship, year: number, today: Date, rand: () => number) {
  const activityId = crypto.randomUUID();
  const start = day(year, 4, 10);
  const activity = {
    id: activityId,
    townshipId: ts.id,
    termId: ts.termId,
    year,
    kind: "WORK_EVALUATION",
    title: `${year}年度站所工作评议`,
    startDate: start,
    state: "CONCLUDED",
    updatedAt: at(start),
  };
  const opinions: object[] = [];
  const tasks: object[] = [];
  const current = year === today.getUTCFullYear();
  for (let i = 0; i < TASKS_PER_TOWNSHIP_YEAR; i++) {
    const opinionId = crypto.randomUUID();
    const unitId = rand() < 0.25 ? ts.unitIds[0] : pick(rand, ts.unitIds);
    const sent = addDays(start, 20 + Math.floor(rand() * 120));
    const due = addDays(sent, 30 + Math.floor(rand() * 60));
    opinions.push({
      id: opinionId,
      townshipId: ts.id,
      activityId,
      unitId,
      text: "审议意见",
      dueDate: due,
      sentOn: sent,
      position: i,
    });
    const state = current && rand() < 0.6 ? pick(rand, ["ASSIGNED", "REPORTED", "RETURNED"] as const) : "ACCEPTED";
    tasks.push({
      id: crypto.randomUUID(),
      townshipId: ts.id,
      activityId,
      opinionId,
      unitId,
      number: `整改${year}-${pad(i + 1)}`,
      assignedOn: sent,
      dueDate: due,
      state,
      acceptedOn: state === "ACCEPTED" ? addDays(due, -3) : null,
      createdAt: at(sent),
      updatedAt: at(sent),
    });
  }
  return { activity, opinions, tasks };
}

/** Seeds the petitions and the rectification tasks of every township (after seedSuggestions). */
export async function seedPetitions(townships: SuggestionBenchTownship[], today: Date): Promise<void> {
  const rand = prng(20261206);
  for (const ts of townships) {
    const all = { petitions: [] as object[], petitioners: [] as object[], assignments: [] as object[] };
    const rect = { activities: [] as object[], opinions: [] as object[], tasks: [] as object[] };
    for (let y = 0; y < YEARS; y++) {
      const p = petitionRows(ts, FIRST_YEAR + y, today, rand);
      all.petitions.push(...p.petitions);
      all.petitioners.push(...p.petitioners);
      all.assignments.push(...p.assignments);
      const r = rectificationRows(ts, FIRST_YEAR + y, today, rand);
      rect.activities.push(r.activity);
      rect.opinions.push(...r.opinions);
      rect.tasks.push(...r.tasks);
    }
    await insert("Petition", all.petitions);
    await insert("Petitioner", all.petitioners);
    await insert("PetitionAssignment", all.assignments);
    await insert("SupervisionActivity", rect.activities);
    await insert("ReviewOpinion", rect.opinions);
    await insert("RectificationTask", rect.tasks);
  }
}

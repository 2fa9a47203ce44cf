// The benchmark's suggestions: 50,000 across ten years (2017–2026) in the county's 20 townships,
// each with its proposers, assignments (a lead unit, sometimes a co-unit) and the timeline events
// that the lifecycle writes. Past years are closed; the current year is a mix of states.
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEFAULT_CATEGORIES, formatNumber, replyDeadline } from "@/lib/suggestions/rules";
import { addDays, addMonths, DAY_MS } from "@/lib/time/day";
import { prng } from "@/tests/bench/names";
import type { SeededTownship } from "@/tests/bench/seed";

export const FIRST_YEAR = 2017;
export const YEARS = 10;
export const PER_TOWNSHIP_YEAR = 250;
export const UNIT_NAMES = [
  "党政办",
  "经济发展办",
  "农业农村办",
  "自然资源所",
  "村镇建设办",
  "社会事务办",
  "民政办",
  "派出所",
  "卫生院",
  "中心学校",
  "综治中心",
  "生态环境办",
  "财政所",
  "供电所",
];
const TITLES = [
  "关于修缮村组道路的建议",
  "关于解决饮水安全问题的建议",
  "关于增设路灯的建议",
  "关于加强农田水利建设的建议",
  "关于改善学校周边交通秩序的建议",
  "关于提高医保报销便利度的建议",
  "关于整治河道垃圾的建议",
  "关于扶持特色产业发展的建议",
];
const BATCH = 20_000;

export interface SuggestionBenchTownship extends SeededTownship {
  unitIds: string[];
  /** A UNIT account for the busiest unit (the first), for the inbox. */
  unitUserId: string;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d));
/** A timestamp at 10:00 China time on a calendar day, as the app writes them. */
const at = (d: Date) => new Date(d.getTime() + 2 * 3_600_000);

/**
 * Inserts rows through one JSON parameter per batch (json_populate_recordset): far faster than
 * createMany for 100,000s of rows. Every row has the first row's columns; those absent from all
 * rows take their database defaults, a key missing from one row is NULL there.
 */
export async function insert(table: string, rows: object[]) {
  if (!rows.length) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].map((c) => `"${c}"`).join(", ");
  for (let i = 0; i < rows.length; i += BATCH)
    await db.$executeRawUnsafe(
      `INSERT INTO "${table}" (${columns}) SELECT ${columns} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(rows.slice(i, i + BATCH)),
    );
}

/** Seeds units, categories and the ten years of suggestions; returns the townships with their units. */
export async function seedSuggestions(
  townships: SeededTownship[],
  today: Date,
  perTownshipYear = PER_TOWNSHIP_YEAR,
): Promise<SuggestionBenchTownship[]> {
  const rand = prng(20261123);
  const unitHash = await hashPassword("Bench-Password-9");
  const result: SuggestionBenchTownship[] = [];
  for (const [t, ts] of townships.entries()) {
    const unitIds = UNIT_NAMES.map(() => crypto.randomUUID());
    const categoryIds = DEFAULT_CATEGORIES.map(() => crypto.randomUUID());
    await db.handlingUnit.createMany({
      data: UNIT_NAMES.map((name, i) => ({
        id: unitIds[i],
        townshipId: ts.id,
        name,
        kind: i < 7 ? "GOVERNMENT_OFFICE" : "STATION",
      })),
    });
    await db.suggestionCategory.createMany({
      data: DEFAULT_CATEGORIES.map((name, i) => ({ id: categoryIds[i], townshipId: ts.id, name, position: i + 1 })),
    });
    const unitUser = await db.user.create({
      data: {
        townshipId: ts.id,
        role: "UNIT",
        unitId: unitIds[0],
        username: `bench-unit-${t + 1}`,
        displayName: `${UNIT_NAMES[0]}`,
        passwordHash: unitHash,
      },
    });
    const deputyIds = (
      await db.deputy.findMany({ where: { townshipId: ts.id }, select: { id: true }, orderBy: { id: "asc" } })
    ).map((d) => d.id);

    const suggestions: Prisma.SuggestionCreateManyInput[] = [];
    const proposers: Prisma.SuggestionProposerCreateManyInput[] = [];
    const assignments: Prisma.SuggestionAssignmentCreateManyInput[] = [];
    const events: Prisma.SuggestionEventCreateManyInput[] = [];
    for (let y = 0; y < YEARS; y++) {
      const year = FIRST_YEAR + y;
      const current = year === today.getUTCFullYear();
      for (let i = 0; i < perTownshipYear; i++) {
        const id = crypto.randomUUID();
        // Submitted through the year; the current year only up to today.
        const span = current ? Math.max(1, Math.floor((today.getTime() - day(year, 0, 1).getTime()) / DAY_MS)) : 330;
        const submitted = addDays(day(year, 0, 1), Math.floor(rand() * span));
        const assignedOn = addDays(submitted, 5);
        const broad = rand() < 0.1;
        const deadline = replyDeadline(assignedOn, broad);
        // Skewed: the first unit leads about a quarter of all suggestions.
        const lead = unitIds[rand() < 0.25 ? 0 : Math.floor(rand() * unitIds.length)];
        const replied = !current || rand() < 0.6 ? addDays(assignedOn, 20 + Math.floor(rand() * 90)) : null;
        const open = current && (!replied || replied > today);
        const state = open
          ? rand() < 0.9
            ? "ASSIGNED"
            : "REHANDLING"
          : current && rand() < 0.3
            ? "REPLIED"
            : "CLOSED";
        suggestions.push({
          id,
          townshipId: ts.id,
          kind: "SUGGESTION",
          title: `${pick(rand, TITLES)}（${i + 1}）`,
          content: "群众反映强烈，建议有关部门尽快研究解决。",
          categoryId: pick(rand, categoryIds),
          state,
          year,
          seq: i + 1,
          number: formatNumber(year, i + 1),
          broad,
          leadUnitId: lead,
          assignedOn,
          deadline,
          repliedOn: open ? null : replied,
          createdById: ts.officeUserId,
          createdAt: at(submitted),
          updatedAt: at(submitted),
          published: !open && !current,
        });
        const leadDeputy = pick(rand, deputyIds);
        proposers.push({
          id: crypto.randomUUID(),
          townshipId: ts.id,
          suggestionId: id,
          deputyId: leadDeputy,
          lead: true,
        });
        const cosigner = pick(rand, deputyIds);
        if (rand() < 0.4 && cosigner !== leadDeputy)
          proposers.push({
            id: crypto.randomUUID(),
            townshipId: ts.id,
            suggestionId: id,
            deputyId: cosigner,
            lead: false,
          });
        assignments.push({
          id: crypto.randomUUID(),
          townshipId: ts.id,
          suggestionId: id,
          unitId: lead,
          lead: true,
          assignedOn,
        });
        const co = pick(rand, unitIds);
        if (rand() < 0.2 && co !== lead)
          assignments.push({
            id: crypto.randomUUID(),
            townshipId: ts.id,
            suggestionId: id,
            unitId: co,
            lead: false,
            assignedOn,
            inputDue: addMonths(assignedOn, 1),
          });
        const ev = (type: string, date: Date, extra: Partial<Prisma.SuggestionEventCreateManyInput> = {}) =>
          events.push({
            id: crypto.randomUUID(),
            townshipId: ts.id,
            suggestionId: id,
            type,
            actorUserId: ts.officeUserId,
            createdAt: at(date),
            ...extra,
          });
        ev("submitted", submitted, { toState: "SUBMITTED" });
        ev("register", addDays(submitted, 2), { fromState: "SUBMITTED", toState: "REGISTERED" });
        ev("assign", assignedOn, { fromState: "REGISTERED", toState: "ASSIGNED" });
        if (!open && replied) {
          ev("reply", replied, {
            fromState: "ASSIGNED",
            toState: "REPLIED",
            unitId: lead,
            replyClass: (["A", "A", "B", "C"] as const)[Math.floor(rand() * 4)],
            note: "已组织实施，现答复如下。",
          });
          if (state === "CLOSED") {
            ev("rating", addDays(replied, 7), {
              fromState: "REPLIED",
              toState: "RATED",
              rating: rand() < 0.92 ? (rand() < 0.7 ? "SATISFIED" : "BASICALLY_SATISFIED") : "UNSATISFIED",
            });
            ev("close", addDays(replied, 10), { fromState: "RATED", toState: "CLOSED" });
          }
        }
      }
    }
    await insert("Suggestion", suggestions);
    await insert("SuggestionProposer", proposers);
    await insert("SuggestionAssignment", assignments);
    await insert("SuggestionEvent", events);
    result.push({ ...ts, unitIds, unitUserId: unitUser.id });
  }
  return result;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

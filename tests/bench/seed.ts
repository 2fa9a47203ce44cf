// The benchmark's own database: `<base>_bench`, dropped and recreated each run, holding a county of
// 20 townships × 5 groups × 250 deputies, with createMany in batches.
import crypto from "node:crypto";
import { ensureDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deputyFields } from "@/tests/bench/names";

export const TOWNSHIPS = 20;
export const GROUPS_PER_TOWNSHIP = 5;
export const DEPUTIES_PER_TOWNSHIP = 250;
export const TERM_START = new Date("2026-09-01");
const TERM_END = new Date("2031-08-31");
const LEFT_DATE = new Date("2026-10-15");
const BATCH = 1000;
export const GROUP_NAMES = ["第一代表小组", "第二代表小组", "第三代表小组", "第四代表小组", "代表中心组"];
const TOWNSHIP_NAMES = [..."青龙白云石门新场高坡马场龙山平坝凤凰桥头"];

/** Creates `<base>_bench` on the DATABASE_URL server or the embedded one, migrated and empty. */
export async function benchDatabase() {
  const server = await ensureDatabase();
  const base = decodeURIComponent(new URL(server.url).pathname.slice(1)) || "township";
  const url = withDatabaseName(server.url, `${base}_bench`);
  await recreateDatabase(url);
  await migrate(url);
  return { url, embedded: server.embedded, stop: server.stop };
}

const townshipName = (n: number) =>
  `${TOWNSHIP_NAMES[(2 * n) % TOWNSHIP_NAMES.length]}${TOWNSHIP_NAMES[(2 * n + 1) % TOWNSHIP_NAMES.length]}${n}镇`;

export interface SeededTownship {
  id: string;
  termId: string;
  groupIds: string[];
  officeUserId: string;
}

let officeHash: Promise<string> | null = null;

/** One township with a current term, its groups and an OFFICE user; no deputies. */
export async function createBenchTownship(n: number, name = townshipName(n)): Promise<SeededTownship> {
  const township = await db.township.create({ data: { code: `bench-${String(n).padStart(2, "0")}`, name } });
  const term = await db.term.create({
    data: { townshipId: township.id, number: 17, startDate: TERM_START, endDate: TERM_END, isCurrent: true },
  });
  const groupIds = GROUP_NAMES.map(() => crypto.randomUUID());
  await db.representativeGroup.createMany({
    data: GROUP_NAMES.map((g, i) => ({
      id: groupIds[i],
      townshipId: township.id,
      name: g,
      kind: i === 4 ? "CENTRE_GROUP" : "GROUP",
      venue: `${name}${g}活动室`,
    })),
  });
  const user = await db.user.create({
    data: {
      townshipId: township.id,
      role: "OFFICE",
      username: `bench-office-${n}`,
      displayName: `${name}人大办`,
      passwordHash: await (officeHash ??= hashPassword("Bench-Password-9")),
    },
  });
  return { id: township.id, termId: term.id, groupIds, officeUserId: user.id };
}

/** The whole county; returns the townships in order (index 0 is township 1). */
export async function seedCounty(): Promise<SeededTownship[]> {
  const townships: SeededTownship[] = [];
  for (let n = 1; n <= TOWNSHIPS; n++) townships.push(await createBenchTownship(n));
  const deputies: Prisma.DeputyCreateManyInput[] = [];
  for (const [t, ts] of townships.entries()) {
    for (let i = 0; i < DEPUTIES_PER_TOWNSHIP; i++) {
      // Every 16th deputy has left (resigned, transferred or died), so the status filter matters.
      const left = i % 16 === 7;
      deputies.push({
        ...deputyFields(t + 1, i),
        id: crypto.randomUUID(),
        townshipId: ts.id,
        termId: ts.termId,
        groupId: ts.groupIds[i % GROUPS_PER_TOWNSHIP],
        startDate: TERM_START,
        status: left ? (["RESIGNED", "TRANSFERRED", "DECEASED"] as const)[i % 3] : "SITTING",
        leftDate: left ? LEFT_DATE : null,
        joinMethod: "ELECTION",
      });
    }
  }
  const creatorOf = new Map(townships.map((t) => [t.id, t.officeUserId]));
  for (let start = 0; start < deputies.length; start += BATCH) {
    const chunk = deputies.slice(start, start + BATCH);
    await db.deputy.createMany({ data: chunk });
    await db.deputyStatusChange.createMany({
      data: chunk.flatMap((d) => [
        {
          townshipId: d.townshipId,
          deputyId: d.id!,
          status: "SITTING" as const,
          effectiveDate: TERM_START,
          reason: "当选",
          createdById: creatorOf.get(d.townshipId),
        },
        ...(d.status !== "SITTING"
          ? [
              {
                townshipId: d.townshipId,
                deputyId: d.id!,
                status: d.status!,
                effectiveDate: LEFT_DATE,
                reason: "工作调动",
                createdById: creatorOf.get(d.townshipId),
              },
            ]
          : []),
      ]),
    });
  }
  return townships;
}

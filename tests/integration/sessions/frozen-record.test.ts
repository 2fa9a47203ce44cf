// Issue 13 point 1: a session's record is frozen at 开幕 — the roll and 应到 — and later roster
// changes (调离, deputies added or imported) change nothing shown or printed for it.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { formatDay, todayInChina } from "@/lib/time/day";
import { createDeputy as addDeputy, changeDeputyStatus } from "@/lib/roster/deputies";
import { createSession, getSessionOrThrow, transitionSession } from "@/lib/sessions/service";
import { getAttendance, recordAttendance } from "@/lib/sessions/attendance";
import { recordVote } from "@/lib/sessions/votes";
import { getSessionReport, getSignInSheet } from "@/lib/sessions/report";
import { DeputyCreateInput } from "@/lib/roster/schema";
import { AttendanceInput, SessionCreateInput, VoteInput } from "@/lib/sessions/schema";
import { createDeputy, townshipWithRoles } from "@/tests/factories";

const SESSION = { startDate: "2026-11-20", endDate: "2026-11-21", venue: "镇政府三楼会议室" };
let seq = 0;
const newDeputy = (over: Record<string, unknown> = {}) =>
  DeputyCreateInput.parse({
    name: `新代表${++seq}`,
    gender: "MALE",
    birthDate: "1980-05-01",
    ethnicity: "汉族",
    party: "群众",
    education: "高中",
    occupation: "村民",
    constituency: "第一选区",
    levels: ["TOWNSHIP"],
    ...over,
  });
const vote = (title: string, votesFor: number, votesAgainst = 0) =>
  VoteInput.parse({ title, mode: "COUNT", votesFor, votesAgainst, votesAbstain: 0 });
const marks = (ids: string[], status = "PRESENT") =>
  AttendanceInput.parse({ entries: ids.map((deputyId) => ({ deputyId, status })) });

async function setup(count = 6) {
  const t = await townshipWithRoles();
  const deputies = [t.deputy];
  for (let i = 1; i < count; i++) deputies.push(await createDeputy(t.township.id, t.term.id));
  const office = t.sessions.OFFICE.actor;
  const s = await createSession(office, SessionCreateInput.parse(SESSION));
  await recordAttendance(office, s.id, marks(deputies.map((d) => d.id)));
  await transitionSession(office, s.id, { action: "open" });
  return { ...t, deputies, office, s };
}

/** Everything shown or printed for the session, as the pages and the .docx read it. */
async function record(t: Awaited<ReturnType<typeof setup>>) {
  const [view, roll, report, sheet] = await Promise.all([
    getSessionOrThrow(t.office, t.s.id),
    getAttendance(t.office, t.s.id),
    getSessionReport(t.office, t.s.id),
    getSignInSheet(t.office, t.s.id),
  ]);
  return {
    presence: view.presence,
    roll: roll.deputies,
    attendance: report.attendance,
    votes: report.votes,
    sheet: sheet.deputies,
  };
}

describe("frozen session record (roll.ts)", () => {
  it("a closed session's 应到, roll, figures and sign-in sheet do not move after a 调离 and new deputies", async () => {
    const t = await setup(6);
    await recordVote(t.office, t.s.id, vote("关于政府工作报告的决议", 6));
    await transitionSession(t.office, t.s.id, { action: "close" });
    const before = await record(t);
    expect(before.presence.sitting).toBe(6);
    expect(before.roll).toHaveLength(6);

    // 调离 effective on the opening day, entered after closing; two deputies added, one dated the term's start.
    await changeDeputyStatus(t.office, t.deputies[1].id, {
      status: "TRANSFERRED",
      effectiveDate: SESSION.startDate,
      reason: "工作调动",
    });
    await addDeputy(t.office, newDeputy({ startDate: "2026-09-01" }));
    await addDeputy(t.office, newDeputy());

    expect(await record(t)).toEqual(before);
  });

  it("deputies added during an open session do not raise its 应到; a vote is judged against the frozen base", async () => {
    const t = await setup(5);
    for (let i = 0; i < 3; i++) await addDeputy(t.office, newDeputy({ startDate: "2026-09-01" }));
    const view = await getSessionOrThrow(t.office, t.s.id);
    expect(view.presence.sitting).toBe(5);
    const v = await recordVote(t.office, t.s.id, vote("关于预算的决议", 3, 2));
    expect(v.sittingAtVote).toBe(5);
    expect(v.passed).toBe(true); // 3 of 5, not 3 of 8
    const stored = await db.congressSession.findUniqueOrThrow({ where: { id: t.s.id } });
    expect(stored.sittingAtOpening).toBe(5);
    expect(await db.sessionRollEntry.count({ where: { sessionId: t.s.id } })).toBe(5);
  });

  it("closing freezes attendance: marks are refused after 闭会", async () => {
    const t = await setup(3);
    await transitionSession(t.office, t.s.id, { action: "close" });
    await expect(recordAttendance(t.office, t.s.id, marks([t.deputies[0].id], "LEAVE"))).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("a deputy added without a start date sits from the day of entry, not the term's start", async () => {
    const t = await townshipWithRoles();
    const d = await addDeputy(t.sessions.OFFICE.actor, newDeputy());
    expect("startDate" in d && d.startDate).toBe(formatDay(todayInChina()));
  });

  it("the migration backfills the roll and 应到 of sessions opened before it, from what is recorded", async () => {
    const t = await setup(4);
    await recordVote(t.office, t.s.id, vote("决议", 4));
    await transitionSession(t.office, t.s.id, { action: "close" });
    // As a session closed before the snapshot existed: no roll, no base.
    await db.sessionRollEntry.deleteMany({ where: { sessionId: t.s.id } });
    await db.congressSession.update({ where: { id: t.s.id }, data: { sittingAtOpening: null } });
    const dir = fs.readdirSync("prisma/migrations").find((d) => d.endsWith("_session_roll_corrections"))!;
    const sql = fs.readFileSync(path.join("prisma/migrations", dir, "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf("-- Backfill:"));
    for (const stmt of backfill.split(/;\s*\n/).filter((x) => x.replace(/--.*$/gm, "").trim()))
      await db.$executeRawUnsafe(stmt);
    const s = await db.congressSession.findUniqueOrThrow({ where: { id: t.s.id } });
    expect(s.sittingAtOpening).toBe(4);
    const roll = await db.sessionRollEntry.findMany({ where: { sessionId: t.s.id } });
    expect(roll.map((r) => r.deputyId).sort()).toEqual(t.deputies.map((d) => d.id).sort());
  });
});

import crypto from "node:crypto";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { actorFor } from "@/lib/auth/actor";
import { formatDay, todayInChina } from "@/lib/time/day";
import { createSession, transitionSession } from "@/lib/sessions/service";
import { recordAttendance } from "@/lib/sessions/attendance";
import { createElection } from "@/lib/sessions/elections";
import { recordRound } from "@/lib/sessions/election-rounds";
import { AttendanceInput, SessionCreateInput } from "@/lib/sessions/schema";
import { ElectionCreateInput, ElectionRoundInput } from "@/lib/sessions/election-schema";
import {
  E2E_ROUND_CANDIDATES,
  E2E_ROUND_DEPUTIES,
  E2E_ROUND_ELECTION,
  E2E_ROUND_OFFICE,
  E2E_ROUND_TOWNSHIP,
} from "@/tests/e2e/round-correction-users";

/**
 * 更正镇 for corrections.spec.ts: five sitting deputies, all present at a session opened today, and an
 * election whose first round was keyed in with two candidates' lines swapped (张更正 3, 李更正 2).
 */
export async function seedRoundCorrectionTownship() {
  const township = await createTownship(E2E_ROUND_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_ROUND_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  const office = await createUser(township.id, "OFFICE", { username: E2E_ROUND_OFFICE });
  // The seed acts as the office (no sign-in: the e2e server's secret is not this process's).
  const actor = actorFor(
    {
      userId: office.id,
      sessionId: crypto.randomUUID(),
      townshipId: township.id,
      username: E2E_ROUND_OFFICE,
      displayName: office.displayName,
      role: "OFFICE",
      deputyId: null,
      unitId: null,
      mustChangePassword: false,
    },
    { requestId: crypto.randomUUID(), ip: "127.0.0.1" },
  );
  const today = formatDay(todayInChina());
  const session = await createSession(
    actor,
    SessionCreateInput.parse({ startDate: today, endDate: today, venue: "镇政府会议室" }),
  );
  await recordAttendance(
    actor,
    session.id,
    AttendanceInput.parse({ entries: deputies.map((d) => ({ deputyId: d.id, status: "PRESENT" })) }),
  );
  await transitionSession(actor, session.id, { action: "open" });
  const election = await createElection(
    actor,
    session.id,
    ElectionCreateInput.parse({
      title: E2E_ROUND_ELECTION,
      seats: 1,
      candidates: E2E_ROUND_CANDIDATES.map((name) => ({ name, nominatedBy: "PRESIDIUM" })),
      scrutineers: ["赵监票"],
      counters: ["钱计票"],
    }),
  );
  const [zhang, li] = E2E_ROUND_CANDIDATES.map((n) => election.candidates.find((c) => c.name === n)!.id);
  await recordRound(
    actor,
    session.id,
    election.id,
    ElectionRoundInput.parse({
      roundNo: 1,
      ballotsIssued: 5,
      ballotsReturned: 5,
      invalidBallots: 0,
      results: [
        { candidateId: zhang, votesFor: 3, votesAgainst: 2, votesAbstain: 0 },
        { candidateId: li, votesFor: 2, votesAgainst: 3, votesAbstain: 0 },
      ],
    }),
  );
}

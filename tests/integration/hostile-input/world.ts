// A township with something of every kind, built through the factories and the API, for the
// hostile-input properties: each write route gets a valid request, which the properties then spoil.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { POST as createSessionRoute } from "@/app/api/v1/sessions/route";
import { PUT as attendanceRoute } from "@/app/api/v1/sessions/[id]/attendance/route";
import { POST as sessionTransitionRoute } from "@/app/api/v1/sessions/[id]/transitions/route";
import { POST as agendaRoute } from "@/app/api/v1/sessions/[id]/agenda/route";
import { POST as electionRoute } from "@/app/api/v1/sessions/[id]/elections/route";
import { POST as roundRoute } from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import { POST as voteRoute } from "@/app/api/v1/sessions/[id]/votes/route";
import { createDeputy, createUser, params, request, signIn } from "@/tests/factories";
import { setup as suggestionWorld, suggestionAt } from "../suggestions/helpers";
import { supervisionWorld } from "./supervision-world";
import { receptionWorld } from "./reception-world";
import { documentsWorld } from "./documents-world";
import { createPresidiumMeeting } from "@/lib/sessions/meetings";
import { dutiesWorld } from "./duties-world";
import { createPetition } from "@/lib/petitions/service";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { approvedPetition } from "./petition-chain-routes";
import { trainingWorld } from "./training-world";
import { workPlanWorld } from "./work-plan-world";

type Json = Record<string, unknown>;

async function ok<T = Json>(res: Promise<Response>, status = [200, 201]): Promise<T> {
  const r = await res;
  const body = await r.json();
  expect(status, JSON.stringify(body)).toContain(r.status);
  return body as T;
}

const post = (url: string, cookie: string, body: unknown, method = "POST") => request(url, { method, cookie, body });

/** Everything the write routes need, by id, and a cookie per role. */
export async function buildWorld() {
  const w = await suggestionWorld();
  const office = w.cookie.OFFICE;
  const deputies = [w.deputy];
  for (let i = 1; i < 5; i++) deputies.push(await createDeputy(w.township.id, w.term.id));
  const spareDeputy = await createDeputy(w.township.id, w.term.id, "待变动代表");
  const group = await db.representativeGroup.create({
    data: { townshipId: w.township.id, name: "第一代表小组", kind: "GROUP" },
  });
  // The factory term's 第三选区, which no deputy belongs to (renamed or deleted by the 选区 routes).
  const constituency = await db.constituency.findFirstOrThrow({ where: { termId: w.term.id, name: "第三选区" } });
  const otherUser = await createUser(w.township.id, "OFFICE");
  const chairPassword = await createUser(w.township.id, "CHAIR");
  const chairPasswordCookie = (await signIn(chairPassword)).cookie;

  const newSession = async (startDate: string) =>
    ok<{ id: string }>(
      createSessionRoute(
        post("/api/v1/sessions", office, { startDate, endDate: startDate, venue: "镇政府三楼会议室" }),
      ),
    );
  const preparing = await newSession("2026-11-20");
  const sitting = await newSession("2026-11-25");
  const roll = { entries: deputies.map((d) => ({ deputyId: d.id, status: "PRESENT" })) };
  await ok(
    attendanceRoute(post(`/api/v1/sessions/${sitting.id}/attendance`, office, roll, "PUT"), params({ id: sitting.id })),
  );
  await ok(
    sessionTransitionRoute(
      post(`/api/v1/sessions/${sitting.id}/transitions`, office, { action: "open" }),
      params({ id: sitting.id }),
    ),
  );
  const agenda = await ok<{ id: string }>(
    agendaRoute(
      post(`/api/v1/sessions/${preparing.id}/agenda`, office, { kind: "OTHER", title: "审议工作报告" }),
      params({ id: preparing.id }),
    ),
  );
  const checklistItem = await db.sessionChecklistItem.findFirstOrThrow({ where: { sessionId: preparing.id } });
  const election = await ok<{ id: string; candidates: { id: string }[] }>(
    electionRoute(
      post(`/api/v1/sessions/${sitting.id}/elections`, office, {
        title: "选举镇人大主席",
        seats: 1,
        candidates: [
          { name: "张三", nominatedBy: "PRESIDIUM" },
          { name: "李四", nominatedBy: "PRESIDIUM" },
        ],
        scrutineers: ["赵六"],
        counters: ["钱七"],
      }),
      params({ id: sitting.id }),
    ),
  );
  // A vote and a round already recorded, to correct or withdraw; the round leaves the seat open (另行选举 next).
  const vote = await ok<{ id: string }>(
    voteRoute(
      post(`/api/v1/sessions/${sitting.id}/votes`, office, {
        title: "关于设立代表联络站的决定",
        mode: "SHOW_OF_HANDS",
        votesFor: 3,
        votesAgainst: 1,
        votesAbstain: 1,
      }),
      params({ id: sitting.id }),
    ),
  );
  const held = await ok<{ id: string; candidates: { id: string }[] }>(
    electionRoute(
      post(`/api/v1/sessions/${sitting.id}/elections`, office, {
        title: "补选镇人大副主席",
        seats: 1,
        candidates: [
          { name: "孙八", nominatedBy: "PRESIDIUM" },
          { name: "周九", nominatedBy: "PRESIDIUM" },
        ],
        scrutineers: ["赵六"],
        counters: ["钱七"],
      }),
      params({ id: sitting.id }),
    ),
  );
  const heldRound = await ok<{ rounds: { id: string }[] }>(
    roundRoute(
      post(`/api/v1/sessions/${sitting.id}/elections/${held.id}/rounds`, office, {
        ballotsIssued: 5,
        ballotsReturned: 5,
        results: held.candidates.map((c) => ({ candidateId: c.id, votesFor: 2, votesAgainst: 2, votesAbstain: 1 })),
      }),
      params({ id: sitting.id, electionId: held.id }),
    ),
  );
  const submitted = await suggestionAt(w, "SUBMITTED");
  const assigned = await suggestionAt(w, "ASSIGNED");
  const replied = await suggestionAt(w, "REPLIED");
  const category = (await categories(scopedDb(w.township.id), w.township.id))[0];
  const supervision = await supervisionWorld({
    office,
    chair: w.cookie.CHAIR,
    unitId: w.unit.id,
    deputyIds: deputies.map((d) => d.id),
    officeActor: w.sessions.OFFICE.actor,
    unitActor: w.sessions.UNIT.actor,
  });
  const reception = await receptionWorld(office, w.deputy.id);
  const meeting = await createPresidiumMeeting(w.sessions.OFFICE.actor, {
    date: "2026-10-08",
    venue: "镇政府会议室",
    presidedBy: null,
    recorder: null,
    members: [{ userId: w.users.PRESIDIUM.id, attendance: "PRESENT" }],
    inviteeIds: [],
    guests: null,
    topics: [{ kind: "MATTER", title: "研究会议筹备", reporter: null, activityId: null, decision: "同意" }],
    decisions: null,
  });
  const duties = await dutiesWorld({ office, deputy: w.cookie.DEPUTY, deputyId: w.deputy.id, groupId: group.id });
  const petition = await createPetition(
    w.sessions.OFFICE.actor,
    PetitionCreateInput.parse({
      channel: "LETTER",
      subject: "低保待遇被取消",
      content: "低保待遇被取消，请求复查。",
      category: "APPEAL_CLAIM",
      petitioners: [{ name: "李秀英" }],
    }),
  );
  const chainPetition = await approvedPetition(w.township.id);
  const training = await trainingWorld({ office, deputyIds: deputies.map((d) => d.id), groupId: group.id });
  const workPlan = await workPlanWorld({ office, sessionId: preparing.id });
  const documents = await documentsWorld(w.sessions.OFFICE.actor);
  return {
    ...w,
    office,
    petition,
    chainPetition,
    deputies,
    spareDeputy,
    group,
    otherUser,
    chairPasswordCookie,
    preparing: preparing.id,
    sitting: sitting.id,
    agendaItem: agenda.id,
    checklistItem: checklistItem.id,
    election,
    vote: vote.id,
    heldElection: { ...held, roundId: heldRound.rounds[0].id },
    submitted,
    assigned,
    replied,
    category,
    supervision,
    constituency,
    reception,
    training,
    workPlan,
    meeting,
    duties,
    documents,
  };
}
export type World = Awaited<ReturnType<typeof buildWorld>>;

// 履职镇 for deputy-record.spec.ts: six sitting deputies, two closed sessions of 2026 (the first deputy absent
// without leave at the first and on leave at the second; the second absent at both), two suggestions (one replied
// A and rated 满意), the office, chair, a linked and an unlinked presidium member, two deputies and a unit.
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { db } from "@/lib/db";
import { categories } from "@/lib/suggestions/categories";
import { scopedDb } from "@/lib/db/township-scope";
import {
  E2E_RECORD_DEPUTIES,
  E2E_RECORD_SUGGESTIONS,
  E2E_RECORD_TOWNSHIP,
  E2E_RECORD_USERS,
} from "@/tests/e2e/deputy-record-users";

type Mark = "PRESENT" | "LEAVE" | "ABSENT";

async function closedSession(
  townshipId: string,
  termId: string,
  number: number,
  day: string,
  deputies: { id: string; name: string }[],
  marks: Mark[],
) {
  const date = new Date(day);
  const s = await db.congressSession.create({
    data: {
      townshipId,
      termId,
      number,
      startDate: date,
      endDate: date,
      venue: "镇政府三楼会议室",
      status: "CLOSED",
      openedAt: date,
      closedAt: date,
      sittingAtOpening: deputies.length,
    },
  });
  await db.sessionRollEntry.createMany({
    data: deputies.map((d, i) => ({
      townshipId,
      sessionId: s.id,
      deputyId: d.id,
      name: d.name,
      position: i,
      namePosition: i,
    })),
  });
  await db.sessionAttendance.createMany({
    data: deputies.map((d, i) => ({ townshipId, sessionId: s.id, deputyId: d.id, status: marks[i] ?? "PRESENT" })),
  });
}

async function suggestion(
  townshipId: string,
  proposer: string,
  unitId: string,
  o: { title: string; seq: number; replied: boolean },
) {
  const categoryId = (await categories(scopedDb(townshipId), townshipId))[0].id;
  const s = await db.suggestion.create({
    data: {
      townshipId,
      title: o.title,
      content: `${o.title}，请予研究。`,
      categoryId,
      raisedOn: new Date("2026-03-02"),
      year: 2026,
      seq: o.seq,
      number: `2026-00${o.seq}`,
      state: o.replied ? "RATED" : "REGISTERED",
      leadUnitId: o.replied ? unitId : null,
      assignedOn: o.replied ? new Date("2026-03-10") : null,
      repliedOn: o.replied ? new Date("2026-05-10") : null,
    },
  });
  await db.suggestionProposer.create({ data: { townshipId, suggestionId: s.id, deputyId: proposer, lead: true } });
  if (!o.replied) return;
  await db.suggestionEvent.createMany({
    data: [
      { townshipId, suggestionId: s.id, type: "reply", replyClass: "A", note: "已列入年度计划并完工。", unitId },
      { townshipId, suggestionId: s.id, type: "rating", rating: "SATISFIED" },
    ],
  });
}

export async function seedDeputyRecordTownship() {
  const township = await createTownship(E2E_RECORD_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_RECORD_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  await db.deputy.update({
    where: { id: deputies[0].id },
    data: { phone: "13700001111", idNumber: "110101198001010011", address: "石桥村三组8号" },
  });
  const unit = await createUnit(township.id, "交通办");
  await closedSession(township.id, term.id, 1, "2026-10-10", deputies, ["ABSENT", "ABSENT"]);
  await closedSession(township.id, term.id, 2, "2026-11-20", deputies, ["LEAVE", "ABSENT"]);
  await suggestion(township.id, deputies[0].id, unit.id, {
    title: E2E_RECORD_SUGGESTIONS.replied,
    seq: 1,
    replied: true,
  });
  await suggestion(township.id, deputies[0].id, unit.id, {
    title: E2E_RECORD_SUGGESTIONS.registered,
    seq: 2,
    replied: false,
  });
  const u = E2E_RECORD_USERS;
  await createUser(township.id, "OFFICE", { username: u.office });
  await createUser(township.id, "CHAIR", { username: u.chair });
  const member = await createUser(township.id, "PRESIDIUM", { username: u.presidium });
  await createUser(township.id, "PRESIDIUM", { username: u.otherPresidium });
  await db.presidiumLink.create({ data: { townshipId: township.id, memberId: member.id, deputyId: deputies[0].id } });
  await createUser(township.id, "DEPUTY", { username: u.deputy, deputyId: deputies[0].id });
  await createUser(township.id, "DEPUTY", { username: u.otherDeputy, deputyId: deputies[1].id });
  await createUser(township.id, "UNIT", { username: u.unit, unitId: unit.id });
}

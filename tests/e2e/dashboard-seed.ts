// 概览镇 for dashboard.spec.ts: a year with something in every chart the spec looks at — suggestions in three
// states (two assigned to 民政办, one answered class A, one to 财政所), three petitions (two 检举控告类, one
// closed and resolved), a training held — and the chair, the office, a deputy and 民政办's account.
import crypto from "node:crypto";
import { actorFor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { createPetition } from "@/lib/petitions/service";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { categories } from "@/lib/suggestions/categories";
import { scopedDb } from "@/lib/db/township-scope";
import { seedFigureLinks } from "@/tests/e2e/figure-links-seed";
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import {
  E2E_DASH_ACCUSATIONS,
  E2E_DASH_APPEAL,
  E2E_DASH_TOWNSHIP,
  E2E_DASH_UNITS,
  E2E_DASH_USERS as U,
} from "@/tests/e2e/dashboard-users";

async function seedSuggestions(townshipId: string, deputyId: string, unitIds: string[], year: number) {
  const [categoryId] = (await categories(scopedDb(townshipId), townshipId)).map((c) => c.id);
  const today = todayInChina();
  const rows: { title: string; state: "REGISTERED" | "ASSIGNED" | "REPLIED"; unit?: string; cls?: "A" }[] = [
    { title: "关于概览镇村道硬化的建议", state: "ASSIGNED", unit: unitIds[0] },
    { title: "关于概览镇低保复核的建议", state: "REPLIED", unit: unitIds[0], cls: "A" },
    { title: "关于概览镇财政公开的建议", state: "ASSIGNED", unit: unitIds[1] },
    { title: "关于概览镇增设路灯的建议", state: "REGISTERED" },
  ];
  for (const [i, r] of rows.entries()) {
    const s = await db.suggestion.create({
      data: {
        townshipId,
        title: r.title,
        content: `${r.title}，请予办理。`,
        categoryId,
        state: r.state,
        year,
        number: `${year}-${String(i + 1).padStart(3, "0")}`,
        seq: i + 1,
        leadUnitId: r.unit ?? null,
        assignedOn: r.unit ? today : null,
        deadline: r.unit ? addDays(today, 90) : null,
        signedOffAt: r.unit ? new Date() : null,
        proposers: { create: { townshipId, deputyId, lead: true } },
        assignments: r.unit ? { create: { townshipId, unitId: r.unit, lead: true, assignedOn: today } } : undefined,
      },
    });
    if (r.cls)
      await db.suggestionEvent.create({
        data: { townshipId, suggestionId: s.id, type: "reply", replyClass: r.cls, unitId: r.unit, note: "已解决" },
      });
  }
}

export async function seedDashboardTownship() {
  const township = await createTownship(E2E_DASH_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, "周概览");
  const units = [];
  for (const name of E2E_DASH_UNITS) units.push(await createUnit(township.id, name));
  const office = await createUser(township.id, "OFFICE", { username: U.office });
  await createUser(township.id, "CHAIR", { username: U.chair });
  await createUser(township.id, "DEPUTY", { username: U.deputy, deputyId: deputy.id });
  await createUser(township.id, "UNIT", { username: U.unit, unitId: units[0].id });
  const received = addDays(todayInChina(), -2);
  const year = received.getUTCFullYear();
  await seedSuggestions(
    township.id,
    deputy.id,
    units.map((u) => u.id),
    year,
  );
  // The seed acts as the office (no sign-in: the e2e server's secret is not this process's).
  const actor = actorFor(
    {
      userId: office.id,
      sessionId: crypto.randomUUID(),
      townshipId: township.id,
      username: U.office,
      displayName: office.displayName,
      role: "OFFICE",
      deputyId: null,
      unitId: null,
      mustChangePassword: false,
    },
    { requestId: crypto.randomUUID(), ip: "127.0.0.1" },
  );
  const petition = (subject: string, category: string) =>
    createPetition(
      actor,
      PetitionCreateInput.parse({
        channel: "LETTER",
        receivedOn: formatDay(received),
        subject,
        content: `${subject}，请求处理。`,
        category,
        ...(category === "ACCUSATION" ? { accusedName: "概览镇某砖厂" } : {}),
        petitioners: [{ name: "吴来信" }],
      }),
    );
  const first = await petition(E2E_DASH_ACCUSATIONS[0], "ACCUSATION");
  await petition(E2E_DASH_ACCUSATIONS[1], "ACCUSATION");
  await petition(E2E_DASH_APPEAL, "APPEAL_CLAIM");
  await db.petition.update({ where: { id: first.id }, data: { state: "CLOSED", closedOn: received, resolved: true } });
  await db.trainingSession.create({
    data: {
      townshipId: township.id,
      termId: term.id,
      kind: "THEMATIC",
      title: "概览镇专题学习",
      startDate: received,
      endDate: received,
      days: 1,
    },
  });
  await seedFigureLinks(township.id, term.id, units[0].id);
}

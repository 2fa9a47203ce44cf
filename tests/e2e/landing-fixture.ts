import crypto from "node:crypto";
import { db } from "@/lib/db";
import { scopedDb } from "@/lib/db/township-scope";
import { categories } from "@/lib/suggestions/categories";
import { addDays, todayInChina } from "@/lib/time/day";
import type { Role } from "@/lib/generated/prisma/enums";
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import {
  E2E_LANDING_SESSION_DOC,
  E2E_LANDING_SUGGESTIONS,
  E2E_LANDING_TOWNSHIP,
  E2E_LANDING_UNITS,
  E2E_LANDING_USERS,
  landingTitle,
  type LandingTitle,
} from "@/tests/e2e/landing-users";

/**
 * 待办镇 (landing.spec.ts): two deputies, two units, a session in preparation in 20 days with a
 * four-item checklist (one done) and one document, a presidium meeting in 10 days, and the
 * suggestions of E2E_LANDING_SUGGESTIONS with due days relative to today.
 */
export async function seedLandingTownship() {
  const today = todayInChina();
  const township = await createTownship(E2E_LANDING_TOWNSHIP);
  const tid = township.id;
  const term = await createTerm(tid);
  const mine = await createDeputy(tid, term.id, "甲代表");
  const other = await createDeputy(tid, term.id, "乙代表");
  const units = {
    lead: await createUnit(tid, E2E_LANDING_UNITS.lead),
    co: await createUnit(tid, E2E_LANDING_UNITS.co),
  };
  for (const [role, username] of Object.entries(E2E_LANDING_USERS) as [Role, string][])
    await createUser(tid, role, {
      username,
      deputyId: role === "DEPUTY" ? mine.id : undefined,
      unitId: role === "UNIT" ? units.lead.id : undefined,
    });

  const session = await db.congressSession.create({
    data: {
      townshipId: tid,
      termId: term.id,
      number: 2,
      startDate: addDays(today, 20),
      endDate: addDays(today, 21),
      venue: "镇政府三楼会议室",
    },
  });
  for (const [position, title] of ["起草会议文件", "印发会议通知", "布置会场", "代表报到"].entries())
    await db.sessionChecklistItem.create({
      data: {
        townshipId: tid,
        sessionId: session.id,
        title,
        dueDate: addDays(today, position),
        position,
        doneAt: position === 0 ? new Date() : null,
      },
    });
  const bytes = new Uint8Array(Buffer.from("%PDF-1.4\n% report\n%%EOF\n"));
  const storageKey = `${tid}/${session.id}/${crypto.randomUUID()}`;
  const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
  await db.storedFile.create({ data: { key: storageKey, townshipId: tid, size: bytes.length, sha256, bytes } });
  await db.sessionDocument.create({
    data: {
      townshipId: tid,
      sessionId: session.id,
      title: E2E_LANDING_SESSION_DOC,
      filename: "report.pdf",
      mimeType: "application/pdf",
      size: bytes.length,
      storageKey,
    },
  });
  await db.presidiumMeeting.create({
    data: {
      townshipId: tid,
      termId: term.id,
      number: 3,
      date: addDays(today, 10),
      topics: { create: { townshipId: tid, position: 1, kind: "MATTER", title: "研究第二次会议筹备工作" } },
    },
  });

  const [category] = await categories(scopedDb(tid), tid);
  let seq = 0;
  for (const [key, s] of Object.entries(E2E_LANDING_SUGGESTIONS) as [LandingTitle, Record<string, unknown>][]) {
    const o = s as {
      state: string;
      unit?: "lead" | "co";
      due?: number;
      coInput?: boolean;
      signed?: boolean;
      other?: boolean;
    };
    const registered = o.state !== "SUBMITTED";
    const assignedOn = o.due === undefined ? null : addDays(today, o.due - 90);
    const unit = o.unit ? units[o.unit] : null;
    const row = await db.suggestion.create({
      data: {
        townshipId: tid,
        kind: "SUGGESTION",
        title: landingTitle(key),
        content: "具体情况和建议措施。",
        categoryId: category.id,
        state: o.state as "SUBMITTED",
        year: today.getUTCFullYear(),
        number: registered ? `${today.getUTCFullYear()}-${String(++seq).padStart(3, "0")}` : null,
        seq: registered ? seq : null,
        leadUnitId: unit?.id ?? null,
        assignedOn,
        deadline: o.due === undefined ? null : addDays(today, o.due),
        signedOffAt: o.signed ? new Date() : null,
      },
    });
    await db.suggestionProposer.create({
      data: { townshipId: tid, suggestionId: row.id, deputyId: (o.other ? other : mine).id, lead: true },
    });
    if (unit && assignedOn)
      await db.suggestionAssignment.create({
        data: { townshipId: tid, suggestionId: row.id, unitId: unit.id, lead: true, assignedOn },
      });
    if (o.coInput && assignedOn)
      await db.suggestionAssignment.create({
        data: {
          townshipId: tid,
          suggestionId: row.id,
          unitId: units.co.id,
          lead: false,
          assignedOn,
          inputDue: addDays(today, 7),
        },
      });
    if (o.state === "REPLIED")
      await db.suggestionEvent.create({
        data: {
          townshipId: tid,
          suggestionId: row.id,
          type: "reply",
          fromState: "ASSIGNED",
          toState: "REPLIED",
          unitId: unit?.id,
          replyClass: "A",
          note: "已按建议办理完毕。",
        },
      });
  }
}

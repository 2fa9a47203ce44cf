import crypto from "node:crypto";
import { createDeputy, createTerm, createTownship, createUnit, createUser } from "@/tests/factories";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";

import { todayInChina } from "@/lib/time/day";
import { seedContactTownship } from "@/tests/e2e/contacts-seed";
import { seedRoundCorrectionTownship } from "@/tests/e2e/round-correction-seed";
import { seedLandingTownship } from "@/tests/e2e/landing-fixture";
import { seedSupervisionTownship } from "@/tests/e2e/supervision-seed";
import { seedDutiesTownship } from "@/tests/e2e/duties-seed";
import { seedPetitionTownship } from "@/tests/e2e/petitions-seed";
import { seedPetitionChainTownship } from "@/tests/e2e/petitions-chain-seed";
import { seedPresidiumTownship } from "@/tests/e2e/presidium-seed";
import { seedSessionUiTownship } from "@/tests/e2e/session-ui-seed";
import { seedReceptionTownship } from "@/tests/e2e/reception-seed";
import { seedDeputyRecordTownship } from "@/tests/e2e/deputy-record-seed";
import { seedTrainingTownship } from "@/tests/e2e/training-seed";
import { seedSummaryTownship } from "@/tests/e2e/summary-seed";
import { seedYearDocumentsTownship } from "@/tests/e2e/year-documents-seed";
import { seedWorkPlanTownship } from "@/tests/e2e/work-plan-seed";
import { seedArchiveTownship } from "@/tests/e2e/archive-seed";
import { seedDashboardTownship } from "@/tests/e2e/dashboard-seed";
import { seedCountyTownships } from "@/tests/e2e/county-seed";
import { seedPublicityTownship } from "@/tests/e2e/publicity-seed";
import { addDays } from "@/lib/time/day";
import { categories } from "@/lib/suggestions/categories";
import { scopedDb } from "@/lib/db/township-scope";
import {
  ACCESS_CATEGORY_TARGETS,
  ACCESS_TARGETS,
  accessCategoryName,
  accessTargetTitle,
  E2E_ACCESS_CATEGORY,
  E2E_FROZEN_DEPUTIES,
  E2E_FROZEN_OFFICE,
  E2E_FROZEN_TOWNSHIP,
  E2E_ACCESS_DEPUTIES,
  E2E_ACCESS_FILES,
  E2E_ACCESS_OTHER_TOWNSHIP,
  E2E_ACCESS_TITLES,
  E2E_ACCESS_TOWNSHIP,
  E2E_ACCESS_UNITS,
  E2E_ACCESS_USERS,
  E2E_ACCESS_CO_INPUT,
  E2E_CO_UNIT,
  E2E_DEPUTY_NAME,
  E2E_GROUPS,
  E2E_OTHER_DEPUTY_NAME,
  E2E_OTHER_TOWNSHIP_OFFICE,
  E2E_PASSWORD,
  E2E_SESSION_DEPUTIES,
  E2E_SESSION_TOWNSHIP,
  E2E_SESSION_USERS,
  E2E_USERS,
} from "@/tests/e2e/users";

/** The e2e accounts: one per role in 测试镇, plus one in another township (names in ./users.ts). */
export { E2E_GROUPS, E2E_OTHER_TOWNSHIP_OFFICE, E2E_PASSWORD, E2E_USERS };

/**
 * 测试镇: the current term (第17届, from 2026-09-01), the deputies 张测试 (the e2e-deputy account's
 * own record) and 周建国, the representative groups of E2E_GROUPS, the unit 民政办 and the co-unit 财政所. 会议镇 (sessions.spec.ts)
 * has its own term, nine deputies and accounts.
 */
export async function seedE2E() {
  const township = await createTownship("测试镇");
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, E2E_DEPUTY_NAME);
  // A second deputy, so a deputy has someone else's profile to look at (roster.spec.ts).
  await createDeputy(township.id, term.id, E2E_OTHER_DEPUTY_NAME);
  // The groups the roster import refers to by name (roster.spec.ts); nobody is in them yet.
  for (const name of E2E_GROUPS)
    await db.representativeGroup.create({ data: { townshipId: township.id, name, kind: "GROUP" } });
  const unit = await createUnit(township.id, "民政办");
  for (const [role, username] of Object.entries(E2E_USERS) as [Role, string][]) {
    await createUser(township.id, role, {
      username,
      deputyId: role === "DEPUTY" ? deputy.id : undefined,
      unitId: role === "UNIT" ? unit.id : undefined,
    });
  }
  const coUnit = await createUnit(township.id, E2E_CO_UNIT.unit);
  await createUser(township.id, "UNIT", { username: E2E_CO_UNIT.username, unitId: coUnit.id });
  const other = await createTownship("邻镇");
  await createUser(other.id, "OFFICE", { username: E2E_OTHER_TOWNSHIP_OFFICE });
  await seedSessionTownship();
  await seedFrozenTownship();
  await seedAccessTownships();
  await seedContactTownship();
  await seedRoundCorrectionTownship();
  await seedLandingTownship();
  await seedSupervisionTownship();
  await seedDutiesTownship();
  await seedPetitionTownship();
  await seedPetitionChainTownship();
  await seedPresidiumTownship();
  await seedSessionUiTownship();
  await seedReceptionTownship();
  await seedDeputyRecordTownship();
  await seedTrainingTownship();
  await seedSummaryTownship();
  await seedYearDocumentsTownship();
  await seedWorkPlanTownship();
  await seedArchiveTownship();
  await seedDashboardTownship();
  await seedCountyTownships();
  await seedPublicityTownship();
  // The factories use their own password; the e2e accounts use E2E_PASSWORD.
  await db.user.updateMany({ data: { passwordHash: await hashPassword(E2E_PASSWORD) } });
}

/** 会议镇: nine sitting deputies of 第17届 and the accounts of E2E_SESSION_USERS. */
async function seedSessionTownship() {
  const township = await createTownship(E2E_SESSION_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputies = [];
  for (const name of E2E_SESSION_DEPUTIES) deputies.push(await createDeputy(township.id, term.id, name));
  for (const [role, username] of Object.entries(E2E_SESSION_USERS) as [Role, string][]) {
    await createUser(township.id, role, { username, deputyId: role === "DEPUTY" ? deputies[0].id : undefined });
  }
}

/** 冻结镇: five sitting deputies of 第17届 and an office account (sessions-frozen.spec.ts changes its roster). */
async function seedFrozenTownship() {
  const township = await createTownship(E2E_FROZEN_TOWNSHIP);
  const term = await createTerm(township.id);
  for (const name of E2E_FROZEN_DEPUTIES) await createDeputy(township.id, term.id, name);
  await createUser(township.id, "OFFICE", { username: E2E_FROZEN_OFFICE });
}

/**
 * 权限镇 for suggestions-access.spec.ts: every account of the matrix, the suggestions its pages show
 * (dates relative to today, so the reminder lists have something overdue and something due soon),
 * their files, and, per account, one suggestion for each write it tries and one category for each
 * category write. 权限邻镇: another township's office (with a term, so its attempts fail on the
 * record, not on a missing term) and one overdue suggestion.
 */
async function seedAccessTownships() {
  const today = todayInChina();
  const year = today.getUTCFullYear();
  const township = await createTownship(E2E_ACCESS_TOWNSHIP);
  const term = await createTerm(township.id);
  const proposer = await createDeputy(township.id, term.id, E2E_ACCESS_DEPUTIES.proposer);
  const other = await createDeputy(township.id, term.id, E2E_ACCESS_DEPUTIES.other);
  const lead = await createUnit(township.id, E2E_ACCESS_UNITS.lead);
  const otherUnit = await createUnit(township.id, E2E_ACCESS_UNITS.other);
  const u = E2E_ACCESS_USERS;
  await createUser(township.id, "OFFICE", { username: u.office });
  await createUser(township.id, "CHAIR", { username: u.chair });
  await createUser(township.id, "PRESIDIUM", { username: u.presidium });
  await createUser(township.id, "DEPUTY", { username: u.proposer, deputyId: proposer.id });
  await createUser(township.id, "DEPUTY", { username: u.otherDeputy, deputyId: other.id });
  await createUser(township.id, "UNIT", { username: u.leadUnit, unitId: lead.id });
  await createUser(township.id, "UNIT", { username: u.otherUnit, unitId: otherUnit.id });
  const [category] = await categories(scopedDb(township.id), township.id);
  const accounts = [...Object.keys(u), "anonymous"];

  // The categories: one only 权限镇 has, and one per account for each category write (after the defaults).
  let position = 100;
  await db.suggestionCategory.create({
    data: { townshipId: township.id, name: E2E_ACCESS_CATEGORY, position: position++ },
  });
  for (const who of accounts) {
    for (const target of ACCESS_CATEGORY_TARGETS)
      await db.suggestionCategory.create({
        data: { townshipId: township.id, name: accessCategoryName(target, who), position: position++ },
      });
  }

  let seq = 0;
  type State = "DRAFT" | "SUBMITTED" | "ASSIGNED" | "REPLIED" | "CLOSED";
  async function suggestion(
    tid: string,
    categoryId: string,
    deputyId: string,
    title: string,
    state: State,
    o: {
      unitId?: string;
      coUnitId?: string;
      deadline?: number;
      delayedTo?: number;
      published?: boolean;
      kind?: "SUGGESTION" | "MOTION";
    } = {},
  ) {
    const registered = state !== "SUBMITTED" && state !== "DRAFT";
    const number = registered ? `${year}-${String(++seq).padStart(3, "0")}` : null;
    const assignedOn = o.deadline === undefined ? null : addDays(today, o.deadline - 90);
    const s = await db.suggestion.create({
      data: {
        townshipId: tid,
        kind: o.kind ?? "SUGGESTION",
        title,
        content: `${title}：具体情况和建议措施。`,
        categoryId,
        state,
        year,
        number,
        seq: registered ? seq : null,
        leadUnitId: o.unitId ?? null,
        assignedOn,
        deadline: o.deadline === undefined ? null : addDays(today, o.deadline),
        delayedTo: o.delayedTo === undefined ? null : addDays(today, o.delayedTo),
        published: o.published ?? false,
      },
    });
    await db.suggestionProposer.create({ data: { townshipId: tid, suggestionId: s.id, deputyId, lead: true } });
    if (o.unitId && assignedOn)
      await db.suggestionAssignment.create({
        data: { townshipId: tid, suggestionId: s.id, unitId: o.unitId, lead: true, assignedOn },
      });
    // A co-unit owes its input a month after assignment (the setting's default).
    if (o.coUnitId && assignedOn)
      await db.suggestionAssignment.create({
        data: {
          townshipId: tid,
          suggestionId: s.id,
          unitId: o.coUnitId,
          lead: false,
          assignedOn,
          inputDue: addDays(assignedOn, 30),
        },
      });
    if (state === "REPLIED" || state === "CLOSED") {
      await db.suggestionEvent.create({
        data: {
          townshipId: tid,
          suggestionId: s.id,
          type: "reply",
          fromState: "ASSIGNED",
          toState: "REPLIED",
          unitId: o.unitId,
          replyClass: "A",
          note: "已按建议办理完毕。",
        },
      });
    }
    return s;
  }
  /** A small PDF stored as the upload would store it (the bytes in the file store, the metadata in the row). */
  async function file(suggestionId: string, filename: string, eventId: string | null = null) {
    const bytes = new Uint8Array(Buffer.from(`%PDF-1.4\n% ${filename}\n%%EOF\n`));
    const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
    const storageKey = `${township.id}/suggestions/${suggestionId}/${crypto.randomUUID()}`;
    await db.storedFile.create({
      data: { key: storageKey, townshipId: township.id, size: bytes.length, sha256, bytes },
    });
    await db.suggestionAttachment.create({
      data: {
        townshipId: township.id,
        suggestionId,
        eventId,
        filename,
        mimeType: "application/pdf",
        size: bytes.length,
        sha256,
        storageKey,
      },
    });
  }

  // The writes first, so the suggestions the pages show are the newest.
  for (const who of accounts) {
    for (const target of ACCESS_TARGETS) {
      const title = accessTargetTitle(target, who);
      if (target === "patch" || target === "register" || target === "attach")
        await suggestion(township.id, category.id, proposer.id, title, "SUBMITTED");
      else if (target === "detach")
        await file(
          (await suggestion(township.id, category.id, proposer.id, title, "SUBMITTED")).id,
          E2E_ACCESS_FILES.detach,
        );
      else if (target === "motion")
        await suggestion(township.id, category.id, proposer.id, title, "SUBMITTED", { kind: "MOTION" });
      // Assigned today to 交通办 (lead) and 财政所 (co-unit): due in three months, the co-unit's input in one.
      else if (target === "co_input" || target === "reply")
        await suggestion(township.id, category.id, proposer.id, title, "ASSIGNED", {
          unitId: lead.id,
          coUnitId: otherUnit.id,
          deadline: 90,
        });
      else
        await suggestion(township.id, category.id, proposer.id, title, target === "rating" ? "REPLIED" : "ASSIGNED", {
          unitId: lead.id,
          deadline: 60,
        });
    }
  }
  const t = E2E_ACCESS_TITLES;
  await suggestion(township.id, category.id, proposer.id, t.draft, "DRAFT");
  const submitted = await suggestion(township.id, category.id, proposer.id, t.submitted, "SUBMITTED");
  await file(submitted.id, E2E_ACCESS_FILES.submitted);
  const coInput = await suggestion(township.id, category.id, proposer.id, t.coInput, "ASSIGNED", {
    unitId: lead.id,
    coUnitId: otherUnit.id,
    deadline: 80,
  });
  await db.suggestionAssignment.updateMany({
    where: { suggestionId: coInput.id, unitId: otherUnit.id },
    data: { inputAt: new Date() },
  });
  await db.suggestionEvent.create({
    data: {
      townshipId: township.id,
      suggestionId: coInput.id,
      type: "co_input",
      unitId: otherUnit.id,
      note: E2E_ACCESS_CO_INPUT,
    },
  });
  // The published one: its own file, a delay notice with a file, and the reply with a file.
  const published = await suggestion(township.id, category.id, proposer.id, t.published, "CLOSED", {
    unitId: lead.id,
    deadline: -30,
    published: true,
  });
  await file(published.id, E2E_ACCESS_FILES.own);
  const delay = await db.suggestionEvent.create({
    data: {
      townshipId: township.id,
      suggestionId: published.id,
      type: "delay",
      fromState: "ASSIGNED",
      unitId: lead.id,
      date: addDays(today, -20),
      note: "需协调资金，申请延期。",
      createdAt: addDays(new Date(), -40),
    },
  });
  await file(published.id, E2E_ACCESS_FILES.delay, delay.id);
  const reply = await db.suggestionEvent.findFirstOrThrow({ where: { suggestionId: published.id, type: "reply" } });
  await file(published.id, E2E_ACCESS_FILES.reply, reply.id);
  await suggestion(township.id, category.id, proposer.id, t.otherUnit, "ASSIGNED", {
    unitId: otherUnit.id,
    deadline: 2,
  });
  await suggestion(township.id, category.id, proposer.id, t.delayed, "ASSIGNED", {
    unitId: lead.id,
    deadline: -10,
    delayedTo: 6,
  });
  const unpublished = await suggestion(township.id, category.id, proposer.id, t.unpublished, "ASSIGNED", {
    unitId: lead.id,
    deadline: -3,
  });
  // The notice the assignment sent the proposer (the daily job writes the unit's at start).
  await db.notification.create({
    data: {
      townshipId: township.id,
      deputyId: proposer.id,
      subjectType: "suggestion",
      subjectId: unpublished.id,
      link: `/suggestions/${unpublished.id}`,
      message: `您的建议“${t.unpublished}”已交办`,
    },
  });

  const neighbour = await createTownship(E2E_ACCESS_OTHER_TOWNSHIP);
  const neighbourTerm = await createTerm(neighbour.id);
  const neighbourDeputy = await createDeputy(neighbour.id, neighbourTerm.id, "邻镇代表");
  const neighbourUnit = await createUnit(neighbour.id, E2E_ACCESS_UNITS.neighbour);
  await createUser(neighbour.id, "OFFICE", { username: u.otherTownship });
  const [neighbourCategory] = await categories(scopedDb(neighbour.id), neighbour.id);
  seq = 0;
  await suggestion(neighbour.id, neighbourCategory.id, neighbourDeputy.id, t.neighbour, "ASSIGNED", {
    unitId: neighbourUnit.id,
    deadline: -5,
  });
}

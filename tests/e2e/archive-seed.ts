// 档案室镇 for archive.spec.ts: the office, the chair and a deputy, and a petition received this year with a letter
// (the record a registered document is linked to, and a file of the year's archive).
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { scopedDb } from "@/lib/db/township-scope";
import { sha256Of } from "@/lib/files/store";
import { createPetition } from "@/lib/petitions/service";
import { storePetitionFiles } from "@/lib/petitions/attachments";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { formatDay, todayInChina } from "@/lib/time/day";
import {
  E2E_ARCHIVE_LETTER,
  E2E_ARCHIVE_PETITION,
  E2E_ARCHIVE_TOWNSHIP,
  E2E_ARCHIVE_USERS,
} from "@/tests/e2e/archive-users";

export async function seedArchiveTownship() {
  const township = await createTownship(E2E_ARCHIVE_TOWNSHIP);
  const term = await createTerm(township.id);
  const deputy = await createDeputy(township.id, term.id, "赵文华");
  const office = await createUser(township.id, "OFFICE", { username: E2E_ARCHIVE_USERS.office });
  await createUser(township.id, "CHAIR", { username: E2E_ARCHIVE_USERS.chair });
  await createUser(township.id, "DEPUTY", { username: E2E_ARCHIVE_USERS.deputy, deputyId: deputy.id });
  const actor: Actor = {
    userId: office.id,
    sessionId: "seed",
    townshipId: township.id,
    username: E2E_ARCHIVE_USERS.office,
    displayName: "人大办",
    role: "OFFICE",
    deputyId: null,
    unitId: null,
    mustChangePassword: false,
    requestId: "seed",
    ip: null,
  };
  const petition = await createPetition(
    actor,
    PetitionCreateInput.parse({
      channel: "LETTER",
      receivedOn: formatDay(todayInChina()),
      subject: E2E_ARCHIVE_PETITION,
      content: "镇敬老院屋顶漏雨，请求维修。",
      category: "SUGGESTION_OPINION",
      petitioners: [{ name: "孙大娘" }],
    }),
  );
  const bytes = new Uint8Array(
    Buffer.concat([Buffer.from("%PDF-1.4\n"), crypto.randomBytes(32), Buffer.from("\n%%EOF\n")]),
  );
  await scopedDb(township.id).$transaction((tx) =>
    storePetitionFiles(tx, actor, petition.id, [
      { filename: E2E_ARCHIVE_LETTER, mimeType: "application/pdf", size: bytes.length, sha256: sha256Of(bytes), bytes },
    ]),
  );
}

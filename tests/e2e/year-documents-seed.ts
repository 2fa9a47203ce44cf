// 起草文稿镇 (year-documents.spec.ts): three petitions received in 2026 and one in 2025, so the drafted documents
// of 2026 write "共收到群众来信来访3件，比上年增加2件".
import { db } from "@/lib/db";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { E2E_DRAFT_CHAIR, E2E_DRAFT_DEPUTY, E2E_DRAFT_TOWNSHIP } from "@/tests/e2e/year-documents-users";

export async function seedYearDocumentsTownship() {
  const township = await createTownship(E2E_DRAFT_TOWNSHIP);
  const townshipId = township.id;
  const term = await createTerm(townshipId);
  const deputy = await createDeputy(townshipId, term.id, "褚文稿");
  await createUser(townshipId, "CHAIR", { username: E2E_DRAFT_CHAIR });
  await createUser(townshipId, "DEPUTY", { username: E2E_DRAFT_DEPUTY, deputyId: deputy.id });
  for (const receivedOn of ["2026-02-10", "2026-05-20", "2026-09-03", "2025-06-15"])
    await db.petition.create({
      data: {
        townshipId,
        channel: "LETTER",
        category: "SUGGESTION_OPINION",
        receivedOn: new Date(receivedOn),
        subject: "村口路灯不亮",
        content: "反映村口路灯不亮，请求维修",
      },
    });
}

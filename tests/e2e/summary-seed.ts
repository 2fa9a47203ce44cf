// 年度总结镇 (summary.spec.ts): two petitions received in 2026 and one in 2025, and a group activity each year,
// so the annual summary of 2026 shows figures with the year before beside them.
import { db } from "@/lib/db";
import { createDeputy, createTerm, createTownship, createUser } from "@/tests/factories";
import { E2E_SUMMARY_CHAIR, E2E_SUMMARY_DEPUTY, E2E_SUMMARY_TOWNSHIP } from "@/tests/e2e/summary-users";

export async function seedSummaryTownship() {
  const township = await createTownship(E2E_SUMMARY_TOWNSHIP);
  const townshipId = township.id;
  const term = await createTerm(townshipId);
  const deputy = await createDeputy(townshipId, term.id, "冯总结");
  await createUser(townshipId, "CHAIR", { username: E2E_SUMMARY_CHAIR });
  await createUser(townshipId, "DEPUTY", { username: E2E_SUMMARY_DEPUTY, deputyId: deputy.id });
  for (const receivedOn of ["2026-03-02", "2026-08-12", "2025-04-20"])
    await db.petition.create({
      data: {
        townshipId,
        channel: "VISIT",
        category: "APPEAL_CLAIM",
        receivedOn: new Date(receivedOn),
        subject: "村道破损",
        content: "反映村道破损，请求修缮",
      },
    });
  const group = await db.representativeGroup.create({ data: { townshipId, name: "第一代表小组", kind: "GROUP" } });
  for (const heldOn of ["2026-05-06", "2025-05-06"])
    await db.groupActivity.create({
      data: { townshipId, groupId: group.id, heldOn: new Date(heldOn), topic: "视察村道", content: "视察村道建设" },
    });
}

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as changeStatus } from "@/app/api/v1/deputies/[id]/status/route";
import { POST as correctStatus } from "@/app/api/v1/deputies/[id]/status-corrections/route";
import { getDeputyOrThrow, sittingCountOn } from "@/lib/roster/deputies";
import { deputyCorrections } from "@/lib/roster/status-correction";
import { todayInChina } from "@/lib/time/day";
import { params, request, townshipWithRoles } from "@/tests/factories";

const status = (cookie: string, id: string, body: unknown) =>
  changeStatus(request(`/api/v1/deputies/${id}/status`, { method: "POST", cookie, body }), params({ id }));
const correct = (cookie: string, id: string, body: unknown) =>
  correctStatus(request(`/api/v1/deputies/${id}/status-corrections`, { method: "POST", cookie, body }), params({ id }));

/** A township whose deputy was recorded as 调离 on 2026-11-02 — by mistake. */
async function transferredByMistake() {
  const t = await townshipWithRoles();
  const cookie = t.sessions.OFFICE.cookie;
  const res = await status(cookie, t.deputy.id, {
    status: "TRANSFERRED",
    effectiveDate: "2026-11-02",
    reason: "调县里",
  });
  expect(res.status).toBe(200);
  const change = await db.deputyStatusChange.findFirstOrThrow({
    where: { deputyId: t.deputy.id, status: "TRANSFERRED" },
  });
  return { ...t, cookie, change };
}

describe("correcting a deputy's status change entered by mistake", () => {
  it("reverses it with a new entry: the deputy sits again, both entries stay, the reason is audited", async () => {
    const t = await transferredByMistake();
    expect(await sittingCountOn(t.township.id, todayInChina())).toBe(0);
    const res = await correct(t.cookie, t.deputy.id, {
      changeId: t.change.id,
      reason: "误录，该代表并未调离",
      version: 2,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "SITTING", leftDate: null, version: 3 });
    expect(await sittingCountOn(t.township.id, todayInChina())).toBe(1);

    // The history shows both: the mistaken 调离 (kept, marked corrected) and the correction reversing it.
    const profile = await getDeputyOrThrow(t.sessions.OFFICE.actor, t.deputy.id);
    expect(profile.history.map((h) => [h.status, h.correctsId, h.corrected])).toEqual([
      ["TRANSFERRED", null, true],
      ["SITTING", t.change.id, false],
    ]);
    expect(profile.history[1].reason).toBe("更正：撤销误录的调离（误录，该代表并未调离）");

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "deputy.status_corrected" } });
    expect(audit).toMatchObject({
      recordId: t.deputy.id,
      reason: "误录，该代表并未调离",
      before: { status: "TRANSFERRED", leftDate: "2026-11-02T00:00:00.000Z" },
      after: { status: "SITTING", leftDate: null },
    });
    const [{ same }] = await db.$queryRaw<{ same: boolean }[]>`
      SELECT (SELECT xmin FROM "AuditLog" WHERE id = ${audit.id}) = (SELECT xmin FROM "Deputy" WHERE id = ${t.deputy.id}::uuid) AS same`;
    expect(same).toBe(true);
    // The original change's own audit row is untouched.
    expect(await db.auditLog.count({ where: { action: "deputy.status_changed", recordId: t.deputy.id } })).toBe(1);

    const history = await deputyCorrections(t.sessions.OFFICE.actor, t.deputy.id);
    expect(history).toEqual([
      expect.objectContaining({
        reason: "误录，该代表并未调离",
        changes: [
          { field: "status", label: "状态", before: "调离", after: "在任" },
          { field: "leftDate", label: "离任日期", before: "2026-11-02", after: "（空）" },
        ],
      }),
    ]);
  });

  it("corrects only the latest change still in force, once, with a reason", async () => {
    const t = await transferredByMistake();
    const noReason = await correct(t.cookie, t.deputy.id, { changeId: t.change.id, version: 2 });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).error.fields.reason).toBe("更正原因：请填写更正原因");
    expect((await correct(t.cookie, t.deputy.id, { changeId: t.change.id, reason: "误录", version: 2 })).status).toBe(
      200,
    );
    const entry = await db.deputyStatusChange.findFirstOrThrow({ where: { correctsId: t.change.id } });
    const ofCorrection = await correct(t.cookie, t.deputy.id, { changeId: entry.id, reason: "误录", version: 3 });
    expect(ofCorrection.status).toBe(409);
    expect((await ofCorrection.json()).error.fields.changeId).toBe("变动记录：只能更正辞职、调离、罢免或去世的记录");
    const again = await correct(t.cookie, t.deputy.id, { changeId: t.change.id, reason: "误录", version: 3 });
    expect(again.status).toBe(409);
    expect((await again.json()).error.fields.changeId).toBe("变动记录：已经更正过");
    expect(await db.auditLog.count({ where: { action: "deputy.status_corrected" } })).toBe(1);
  });

  it("is the office's alone, in its own township", async () => {
    const t = await transferredByMistake();
    const body = { changeId: t.change.id, reason: "误录", version: 2 };
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await correct(t.sessions[role].cookie, t.deputy.id, body)).status, role).toBe(403);
    const other = await townshipWithRoles("另一镇");
    expect((await correct(other.sessions.OFFICE.cookie, t.deputy.id, body)).status).toBe(404);
    expect((await db.deputy.findUniqueOrThrow({ where: { id: t.deputy.id } })).status).toBe("TRANSFERRED");
  });
});

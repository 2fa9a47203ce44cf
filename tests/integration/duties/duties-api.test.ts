// The duty register's API: every route × role, own entries only, linked deputies for the presidium, the
// review cycle (verify, return, correct and resubmit), bad input, photos, 述职 with one rating sheet.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addDays, formatDay, todayInChina } from "@/lib/time/day";
import { duties, dutyWorld, entry, json } from "@/tests/integration/duties/helpers";
import { DELETE as deletePhotoRoute } from "@/app/api/v1/duties/[id]/photos/[photoId]/route";
import { PATCH as patchReportRoute } from "@/app/api/v1/voter-reports/[id]/route";
import { params, request } from "@/tests/factories";

const deletePhoto = (cookie: string, id: string, photoId: string) =>
  deletePhotoRoute(
    request(`/api/v1/duties/${id}/photos/${photoId}`, { method: "DELETE", cookie }),
    params({ id, photoId }),
  );
const patchReport = (cookie: string, id: string, body: unknown) =>
  patchReportRoute(request(`/api/v1/voter-reports/${id}`, { method: "PATCH", cookie, body }), params({ id }));

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

describe("duty register: role matrix", () => {
  // Written from the brief: deputies (and presidium members with a deputy record) write their own entries, the
  // office keys and reviews, the chair and presidium read, units see nothing. Columns: OFFICE, CHAIR, PRESIDIUM,
  // DEPUTY, UNIT. The presidium account here has no deputy record, so its own entry is refused (400).
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /duties": [200, 200, 200, 200, 403],
    "POST /duties (own, or office for A)": [201, 403, 400, 201, 403],
    "GET /duties/{A's}": [200, 200, 404, 200, 403],
    "PATCH /duties/{A's}": [200, 403, 404, 200, 403],
    "POST /duties/{A's}/review": [200, 403, 403, 403, 403],
    "GET /duties/six-one?deputyId=A": [200, 200, 404, 200, 403],
    "GET /duties/figures": [200, 200, 200, 403, 403],
    "GET /voter-reports": [200, 200, 200, 200, 403],
    "POST /voter-reports": [201, 403, 403, 403, 403],
  };

  it("answers each role as the table says", async () => {
    const w = await dutyWorld();
    const got: Record<string, number[]> = Object.fromEntries(Object.keys(EXPECTED).map((k) => [k, []]));
    for (const role of ROLES) {
      const c = w.cookie[role];
      const mine = await json<{ id: string; version: number }>(await duties.create(w.cookie.DEPUTY, entry()), 201);
      got["GET /duties"].push((await duties.list(c)).status);
      got["POST /duties (own, or office for A)"].push(
        (await duties.create(c, entry(role === "OFFICE" ? { deputyId: w.a.id } : {}))).status,
      );
      got["GET /duties/{A's}"].push((await duties.get(c, mine.id)).status);
      got["PATCH /duties/{A's}"].push(
        (await duties.patch(c, mine.id, { ...entry({ voters: 7 }), version: mine.version })).status,
      );
      got["POST /duties/{A's}/review"].push(
        (await duties.review(c, mine.id, { decision: "verify", version: mine.version + 1 })).status,
      );
      got["GET /duties/six-one?deputyId=A"].push((await duties.card(c, `?deputyId=${w.a.id}&year=2026`)).status);
      got["GET /duties/figures"].push((await duties.figures(c, "?year=2026")).status);
      got["GET /voter-reports"].push((await duties.reports(c)).status);
      got["POST /voter-reports"].push(
        (await duties.schedule(c, { deputyId: w.a.id, scheduledOn: "2026-11-20", place: "村委会" })).status,
      );
    }
    expect(got).toEqual(EXPECTED);
  });
});

describe("duty register: whose entries", () => {
  it("lets a deputy write only their own entries and the presidium read only their linked deputies'", async () => {
    const w = await dutyWorld();
    const forB = await duties.create(w.cookie.DEPUTY, entry({ deputyId: w.b.id }));
    expect(forB.status).toBe(403);
    const bEntry = await json<{ id: string; version: number }>(await duties.create(w.bCookie, entry()), 201);
    // A cannot see or change B's entry: 404, as if it did not exist.
    expect((await duties.get(w.cookie.DEPUTY, bEntry.id)).status).toBe(404);
    expect((await duties.patch(w.cookie.DEPUTY, bEntry.id, { ...entry(), version: 1 })).status).toBe(404);
    // The office keys one for C (代录), marked so; the linked presidium member reads it, B does not.
    const cEntry = await json<{ id: string; onBehalfOf: string }>(
      await duties.create(w.cookie.OFFICE, entry({ deputyId: w.c.id, kind: "DISPUTE_MEDIATION", voters: null })),
      201,
    );
    expect(cEntry.onBehalfOf).toBe("丙代表");
    expect((await duties.get(w.cookie.PRESIDIUM, cEntry.id)).status).toBe(200);
    expect((await duties.get(w.bCookie, cEntry.id)).status).toBe(404);
    // …and may not change it (a presidium member writes only their own).
    expect((await duties.patch(w.cookie.PRESIDIUM, cEntry.id, { ...entry(), version: 1 })).status).toBe(403);
    const list = await json<{ items: { id: string }[] }>(await duties.list(w.cookie.PRESIDIUM));
    expect(list.items.map((i) => i.id)).toEqual([cEntry.id]);
  });

  it("lets a presidium member with a deputy record log poverty help and hardship visits; a deputy not the latter", async () => {
    const w = await dutyWorld();
    const help = await json<{ households: number; incomeRaised: number }>(
      await duties.create(
        w.pCookie,
        entry({ kind: "POVERTY_HELP", voters: null, households: 2, persons: 7, incomeRaised: 2740.5 }),
      ),
      201,
    );
    expect(help).toMatchObject({ households: 2, incomeRaised: 2740.5 });
    await json(await duties.create(w.pCookie, entry({ kind: "HARDSHIP_VISIT", voters: null })), 201);
    const refused = await json<{ error: { fields: Record<string, string> } }>(
      await duties.create(w.cookie.DEPUTY, entry({ kind: "HARDSHIP_VISIT", voters: null })),
      400,
    );
    expect(refused.error.fields.kind).toBe("履职类型：走访困难代表由主席团成员登记");
  });
});

describe("duty register: review", () => {
  it("verifies, returns with a reason, takes a corrected entry back for review, and freezes a verified one", async () => {
    const w = await dutyWorld();
    const e = await json<{ id: string; version: number }>(await duties.create(w.cookie.DEPUTY, entry()), 201);
    const noReason = await duties.review(w.cookie.OFFICE, e.id, { decision: "return", version: e.version });
    expect(noReason.status).toBe(400);
    const returned = await json<{ state: string; returnReason: string; version: number }>(
      await duties.review(w.cookie.OFFICE, e.id, {
        decision: "return",
        reason: "请写明走访的村组",
        version: e.version,
      }),
    );
    expect(returned).toMatchObject({ state: "RETURNED", returnReason: "请写明走访的村组" });
    expect((await duties.review(w.cookie.OFFICE, e.id, { decision: "verify", version: returned.version })).status).toBe(
      409,
    );
    const again = await json<{ state: string; version: number }>(
      await duties.patch(w.cookie.DEPUTY, e.id, {
        ...entry({ description: "走访三组村民" }),
        version: returned.version,
      }),
    );
    expect(again.state).toBe("SUBMITTED");
    const ok = await json<{ state: string; version: number }>(
      await duties.review(w.cookie.OFFICE, e.id, { decision: "verify", version: again.version }),
    );
    expect(ok.state).toBe("VERIFIED");
    const frozen = await duties.patch(w.cookie.DEPUTY, e.id, { ...entry(), version: ok.version });
    expect(frozen.status).toBe(409);
    const audit = await db.auditLog.findMany({ where: { recordId: e.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["duty.created", "duty.returned", "duty.updated", "duty.verified"]);
    expect(audit[1].reason).toBe("请写明走访的村组");
  });
});

describe("duty register: bad input", () => {
  const fields = async (res: Response) =>
    (await json<{ error: { fields: Record<string, string> } }>(res, 400)).error.fields;

  it("refuses a day in the future, before the service began or after it ended, naming the field", async () => {
    const w = await dutyWorld();
    const tomorrow = formatDay(addDays(todayInChina(), 1));
    expect((await fields(await duties.create(w.cookie.DEPUTY, entry({ occurredOn: tomorrow })))).occurredOn).toMatch(
      /^履职日期：不能晚于今天/,
    );
    expect((await fields(await duties.create(w.cookie.DEPUTY, entry({ occurredOn: "2026-08-31" })))).occurredOn).toBe(
      "履职日期：早于该代表本届任职开始日（2026-09-01）",
    );
    await db.deputy.update({ where: { id: w.b.id }, data: { status: "RESIGNED", leftDate: new Date("2026-11-01") } });
    expect(
      (await fields(await duties.create(w.cookie.OFFICE, entry({ deputyId: w.b.id, occurredOn: "2026-11-02" }))))
        .occurredOn,
    ).toMatch(/终止代表资格/);
  });

  it("asks the figures each kind needs and refuses the others", async () => {
    const w = await dutyWorld();
    expect((await fields(await duties.create(w.cookie.DEPUTY, entry({ voters: null })))).voters).toBe(
      "联系选民人数：联系选民请填写人数",
    );
    expect(
      (await fields(await duties.create(w.cookie.DEPUTY, entry({ kind: "POVERTY_HELP", voters: null })))).households,
    ).toBe("帮扶户数：帮扶困难户请填写户数");
    expect((await fields(await duties.create(w.cookie.DEPUTY, entry({ kind: "OTHER", households: 1 })))).voters).toBe(
      "联系选民人数：只有联系选民和选民座谈会填写",
    );
    expect((await fields(await duties.create(w.cookie.OFFICE, entry()))).deputyId).toBe("代表：请选择代表");
  });

  it("refuses a photo that is not a picture and keeps a real one", async () => {
    const w = await dutyWorld();
    const e = await json<{ id: string }>(await duties.create(w.cookie.DEPUTY, entry()), 201);
    const text = await duties.photos(w.cookie.DEPUTY, e.id, new File(["不是图片"], "说明.png"));
    expect(text.status).toBe(400);
    expect((await text.json()).error.fields.photos).toMatch(/^照片：/);
    const ok = await json<{ photos: { filename: string }[] }>(
      await duties.photos(w.cookie.DEPUTY, e.id, new File([new Uint8Array(PNG)], "走访.png")),
      201,
    );
    expect(ok.photos.map((p) => p.filename)).toEqual(["走访.png"]);
  });

  it("removes a photo for its owner or the office while not verified, audited; never for others or once verified", async () => {
    const w = await dutyWorld();
    const e = await json<{ id: string; version: number }>(await duties.create(w.cookie.DEPUTY, entry()), 201);
    const upload = async () =>
      (
        await json<{ photos: { id: string }[] }>(
          await duties.photos(w.cookie.DEPUTY, e.id, new File([new Uint8Array(PNG)], "走访.png")),
          201,
        )
      ).photos.at(-1)!.id;
    const first = await upload();
    expect((await deletePhoto(w.bCookie, e.id, first)).status).toBe(404);
    expect((await deletePhoto(w.cookie.PRESIDIUM, e.id, first)).status).toBe(404);
    expect((await deletePhoto(w.cookie.UNIT, e.id, first)).status).toBe(403);
    expect((await deletePhoto(w.cookie.DEPUTY, e.id, first)).status).toBe(204);
    expect((await deletePhoto(w.cookie.DEPUTY, e.id, first)).status).toBe(404);
    const second = await upload();
    expect((await deletePhoto(w.cookie.OFFICE, e.id, second)).status).toBe(204);
    const third = await upload();
    await json(await duties.review(w.cookie.OFFICE, e.id, { decision: "verify", version: e.version }));
    expect((await deletePhoto(w.cookie.DEPUTY, e.id, third)).status).toBe(409);
    expect(await db.deputyDutyPhoto.count({ where: { dutyId: e.id } })).toBe(1);
    const audit = await db.auditLog.findMany({ where: { recordId: e.id, action: "duty.photo_deleted" } });
    expect(audit.map((a) => (a.before as { photo: { id: string } }).photo.id).sort()).toEqual([first, second].sort());
  });
});

describe("述职: reports to voters", () => {
  it("lets the office move a scheduled report or correct its place, audited; not once held, not others", async () => {
    const w = await dutyWorld();
    const r = await json<{ id: string; version: number }>(
      await duties.schedule(w.cookie.OFFICE, { deputyId: w.a.id, scheduledOn: "2026-11-20", place: "一组活动室" }),
      201,
    );
    const body = { scheduledOn: "2026-11-27", place: "村委会会议室", note: "因农忙改期", version: r.version };
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const)
      expect((await patchReport(w.cookie[role], r.id, body)).status).toBe(403);
    const bad = await patchReport(w.cookie.OFFICE, r.id, { ...body, scheduledOn: "2026-02-30" });
    expect((await json<{ error: { fields: Record<string, string> } }>(bad, 400)).error.fields.scheduledOn).toMatch(
      /^述职日期/,
    );
    const before = await patchReport(w.cookie.OFFICE, r.id, { ...body, scheduledOn: "2020-01-01" });
    expect((await json<{ error: { fields: Record<string, string> } }>(before, 400)).error.fields.scheduledOn).toBe(
      "述职日期：不在该代表的任职期间",
    );
    const moved = await json<{ scheduledOn: string; place: string; note: string; version: number }>(
      await patchReport(w.cookie.OFFICE, r.id, body),
    );
    expect(moved).toMatchObject({ scheduledOn: "2026-11-27", place: "村委会会议室", note: "因农忙改期" });
    expect((await patchReport(w.cookie.OFFICE, r.id, body)).status).toBe(409);
    const audit = await db.auditLog.findFirstOrThrow({ where: { recordId: r.id, action: "voter_report.updated" } });
    expect(audit.before).toMatchObject({ scheduledOn: "2026-11-20", place: "一组活动室" });
    await json(
      await duties.rate(w.cookie.OFFICE, r.id, {
        heldOn: "2026-11-27",
        votersPresent: 20,
        satisfied: 18,
        basic: 2,
        unsatisfied: 0,
        invalid: 0,
        version: moved.version,
      }),
    );
    const held = await patchReport(w.cookie.OFFICE, r.id, { ...body, version: moved.version + 1 });
    expect(held.status).toBe(409);
    expect((await held.json()).error.message).toContain("不能再修改安排");
  });

  it("schedules, takes one rating sheet with the poll rule, refuses a second and counts over the voters present", async () => {
    const w = await dutyWorld();
    const r = await json<{ id: string; version: number }>(
      await duties.schedule(w.cookie.OFFICE, { deputyId: w.a.id, scheduledOn: "2026-11-20", place: "一组活动室" }),
      201,
    );
    const over = await duties.rate(w.cookie.OFFICE, r.id, {
      heldOn: "2026-11-20",
      votersPresent: 10,
      satisfied: 9,
      basic: 2,
      unsatisfied: 0,
      invalid: 0,
      version: r.version,
    });
    expect((await json<{ error: { fields: Record<string, string> } }>(over, 400)).error.fields.votersPresent).toMatch(
      /^到会选民人数：测评票共 11 张/,
    );
    const sheet = { heldOn: "2026-11-20", votersPresent: 40, satisfied: 30, basic: 3, unsatisfied: 1, invalid: 2 };
    const rated = await json<{ rate: number; figures: string; version: number }>(
      await duties.rate(w.cookie.OFFICE, r.id, { ...sheet, version: r.version }),
    );
    // (30 + 3) ÷ 34 valid = 97% — the same rule as the supervision polls.
    expect(rated).toMatchObject({ rate: 97, figures: "33/34 = 97%" });
    const second = await duties.rate(w.cookie.OFFICE, r.id, { ...sheet, version: rated.version });
    expect(second.status).toBe(409);
    expect((await second.json()).error.message).toMatch(/^测评票：本次述职已录入测评结果/);
    expect((await duties.report(w.bCookie, r.id)).status).toBe(404);
    expect((await duties.report(w.cookie.DEPUTY, r.id)).status).toBe(200);
  });
});

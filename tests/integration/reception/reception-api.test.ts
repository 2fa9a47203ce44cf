import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  api,
  dayWithDuties,
  inDays,
  json,
  setup,
  visitor,
  yearOf,
  type Day,
} from "@/tests/integration/reception/helpers";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const satisfies readonly Role[];

describe("reception-day API: role matrix", () => {
  // Written from the brief (not read from PERMISSIONS): the office keeps the calendar, duties, notice and
  // visitors; the chair and presidium read; a deputy on duty reads the day and records visitors; a unit nothing.
  // Columns: OFFICE, CHAIR, PRESIDIUM, DEPUTY (on duty that day), UNIT.
  const EXPECTED: Record<string, [number, number, number, number, number]> = {
    "GET /reception-days": [200, 200, 200, 200, 403],
    "POST /reception-days": [201, 403, 403, 403, 403],
    "POST /reception-days/generate": [201, 403, 403, 403, 403],
    "GET /reception-days/figures": [200, 200, 200, 403, 403],
    "GET /reception-days/{id}": [200, 200, 200, 200, 403],
    "PATCH /reception-days/{id}": [200, 403, 403, 403, 403],
    "PUT …/duties": [200, 403, 403, 403, 403],
    "POST …/notice": [200, 403, 403, 403, 403],
    "GET …/notice": [200, 200, 200, 403, 403],
    "POST …/visits": [201, 403, 403, 201, 403],
    "PATCH …/visits/{visitId}": [200, 403, 403, 200, 403],
    "POST …/visits/{visitId}/conversion": [201, 403, 403, 403, 403],
  };

  it("answers each role as the table says", async () => {
    const w = await setup(3);
    const category = await db.suggestionCategory.create({
      data: { townshipId: w.township.id, name: "民生保障", position: 1 },
    });
    const got: Record<string, number[]> = Object.fromEntries(Object.keys(EXPECTED).map((k) => [k, []]));
    let offset = 0;
    for (const role of ROLES) {
      const c = w.sessions[role].cookie;
      const past = await dayWithDuties(w, inDays(-30 - offset));
      const future = await dayWithDuties(w, inDays(30 + offset));
      offset++;
      const v = await json<{ id: string }>(
        await api.visit(w.office, past.id, visitor({ receivedByDeputyId: w.deputy.id })),
        201,
      );
      got["GET /reception-days"].push((await api.list(c)).status);
      got["POST /reception-days"].push(
        (await api.create(c, { year: yearOf(inDays(60 + offset)), date: inDays(60 + offset) })).status,
      );
      got["POST /reception-days/generate"].push((await api.generate(c, { year: 2031 })).status);
      got["GET /reception-days/figures"].push((await api.figures(c, yearOf(past.date))).status);
      got["GET /reception-days/{id}"].push((await api.get(c, past.id)).status);
      got["PATCH /reception-days/{id}"].push(
        (await api.patch(c, future.id, { version: future.version, place: "村委会" })).status,
      );
      const fresh = await json<Day>(await api.get(w.office, future.id), 200);
      got["PUT …/duties"].push(
        (await api.duties(c, future.id, { version: fresh.version, entries: [{ deputyId: w.deputy.id }] })).status,
      );
      const now = await json<Day>(await api.get(w.office, future.id), 200);
      got["POST …/notice"].push((await api.publish(c, future.id, { version: now.version })).status);
      got["GET …/notice"].push((await api.noticeFile(c, future.id)).status);
      got["POST …/visits"].push((await api.visit(c, past.id, visitor())).status);
      got["PATCH …/visits/{visitId}"].push(
        (await api.solve(c, past.id, v.id, { solved: true, solution: "已协调民政办发放" })).status,
      );
      const conversion = { to: "suggestion", title: "落实退休人员养老补贴", categoryId: category.id };
      got["POST …/visits/{visitId}/conversion"].push((await api.convert(c, past.id, v.id, conversion)).status);
    }
    expect(got).toEqual(EXPECTED);
  });

  it("shows a deputy only the days they are on duty (404 for the others), in list and answer", async () => {
    const w = await setup(3);
    const mine = await dayWithDuties(w, inDays(-10));
    const other = await dayWithDuties(w, inDays(-11), [w.deputies[1].id]);
    const ids = async (cookie: string) =>
      (await json<{ items: { id: string }[] }>(await api.list(cookie), 200)).items.map((i) => i.id);
    expect(await ids(w.deputyCookie)).toEqual([mine.id]);
    expect(await ids(w.outsiderCookie)).toEqual([]);
    expect((await ids(w.presidium)).sort()).toEqual([mine.id, other.id].sort());
    await json(await api.get(w.deputyCookie, other.id), 404);
    await json(await api.visit(w.outsiderCookie, mine.id, visitor()), 404);
  });

  it("hides another township's days from everyone (404)", async () => {
    const w = await setup(2);
    const x = await setup(2);
    const theirs = await dayWithDuties(x, inDays(-5), [x.deputy.id]);
    await json(await api.get(w.office, theirs.id), 404);
    await json(await api.patch(w.office, theirs.id, { version: theirs.version, place: "别处" }), 404);
    await json(await api.visit(w.office, theirs.id, visitor()), 404);
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as userRoute } from "@/app/api/v1/users/route";
import { POST as deputyRoute } from "@/app/api/v1/deputies/route";
import { POST as unitRoute } from "@/app/api/v1/units/route";
import { POST as groupRoute } from "@/app/api/v1/groups/route";
import { POST as statusRoute } from "@/app/api/v1/deputies/[id]/status/route";
import { params, request, townshipWithRoles } from "@/tests/factories";
import { audits, oneWins, race } from "./race";

const send =
  (route: (req: ReturnType<typeof request>) => Promise<Response>, url: string) => (c: string, body: unknown) =>
    route(request(url, { method: "POST", cookie: c, body }));

const CASES = [
  {
    what: "an account with the same username",
    post: send(userRoute, "/api/v1/users"),
    body: { username: "zhangsan", displayName: "张三", role: "OFFICE", password: "Quiet-River-42" },
    audit: "user.created",
    count: () => db.user.count({ where: { username: "zhangsan" } }),
  },
  {
    what: "a deputy with the same name and birth date",
    post: send(deputyRoute, "/api/v1/deputies"),
    body: {
      name: "王小明",
      gender: "MALE",
      birthDate: "1975-03-02",
      ethnicity: "汉族",
      party: "群众",
      education: "高中",
      occupation: "农民",
      constituency: "第二选区",
      levels: ["TOWNSHIP"],
    },
    audit: "deputy.created",
    count: () => db.deputy.count({ where: { name: "王小明" } }),
  },
  {
    what: "a handling unit with the same name",
    post: send(unitRoute, "/api/v1/units"),
    body: { name: "交通运输站", kind: "STATION" },
    audit: "unit.created",
    count: () => db.handlingUnit.count({ where: { name: "交通运输站" } }),
  },
  {
    what: "a deputies' group with the same name",
    post: send(groupRoute, "/api/v1/groups"),
    body: { name: "第一代表小组", kind: "GROUP" },
    audit: "group.created",
    count: () => db.representativeGroup.count({ where: { name: "第一代表小组" } }),
  },
];

describe("races: creates with a unique name", () => {
  it.each(CASES)("five at once of $what: one is created, four get 409, one audit row", async (c) => {
    const t = await townshipWithRoles();
    oneWins(await race(5, () => c.post(t.sessions.OFFICE.cookie, c.body)), 201);
    expect(await c.count()).toBe(1);
    expect(await audits(c.audit)).toBe(1);
  });
});

describe("races: a deputy's status change", () => {
  it("the same 辞职 five times at once: one is recorded, four get 409, one audit row", async () => {
    const t = await townshipWithRoles();
    const body = { status: "RESIGNED", effectiveDate: "2026-10-01", reason: "个人原因" };
    oneWins(
      await race(5, () =>
        statusRoute(
          request(`/api/v1/deputies/${t.deputy.id}/status`, { method: "POST", cookie: t.sessions.OFFICE.cookie, body }),
          params({ id: t.deputy.id }),
        ),
      ),
      200,
    );
    expect(await db.deputyStatusChange.count({ where: { deputyId: t.deputy.id } })).toBe(1);
    expect(await audits("deputy.status_changed")).toBe(1);
  });
});

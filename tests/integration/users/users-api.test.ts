import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listUsers, POST as createUser } from "@/app/api/v1/users/route";
import { GET as getUser, PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as resetPassword } from "@/app/api/v1/users/[id]/reset-password/route";
import { params, request, townshipWithRoles } from "@/tests/factories";

const NEW_USER = { username: "new.clerk", displayName: "新同事", role: "OFFICE", password: "Qingshui-2026!" };

describe("account management API", () => {
  it("lets only the office list, create, update and reset accounts (every other role: 403)", async () => {
    const { sessions, users } = await townshipWithRoles();
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const) {
      const cookie = sessions[role].cookie;
      expect((await listUsers(request("/api/v1/users", { cookie }))).status, role).toBe(403);
      expect(
        (await createUser(request("/api/v1/users", { method: "POST", cookie, body: NEW_USER }))).status,
        role,
      ).toBe(403);
      expect(
        (await getUser(request(`/api/v1/users/${users.OFFICE.id}`, { cookie }), params({ id: users.OFFICE.id })))
          .status,
        role,
      ).toBe(403);
      expect(
        (
          await patchUser(
            request(`/api/v1/users/${users.CHAIR.id}`, {
              method: "PATCH",
              cookie,
              body: { active: false, version: 1 },
            }),
            params({ id: users.CHAIR.id }),
          )
        ).status,
        role,
      ).toBe(403);
      expect(
        (
          await resetPassword(
            request(`/api/v1/users/${users.CHAIR.id}/reset-password`, {
              method: "POST",
              cookie,
              body: { newPassword: "Qingshui-2026!" },
            }),
            params({ id: users.CHAIR.id }),
          )
        ).status,
        role,
      ).toBe(403);
    }
    // Every refusal is in the audit trail.
    expect(await db.auditLog.count({ where: { action: "auth.denied" } })).toBe(20);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.CHAIR.id } })).active).toBe(true);
  });

  it("answers 401 without a session", async () => {
    const res = await listUsers(request("/api/v1/users"));
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ error: { code: "UNAUTHENTICATED", message: "请先登录" } });
  });

  it("creates an account with an audit entry and never returns the password hash", async () => {
    const { sessions } = await townshipWithRoles();
    const res = await createUser(
      request("/api/v1/users", {
        method: "POST",
        cookie: sessions.OFFICE.cookie,
        body: { ...NEW_USER, username: " New.Clerk " },
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    const body = await res.json();
    expect(body).toMatchObject({
      username: "new.clerk",
      role: "OFFICE",
      active: true,
      mustChangePassword: true,
      version: 1,
    });
    expect(JSON.stringify(body)).not.toMatch(/passwordHash|argon2/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.created" } });
    expect(audit).toMatchObject({ recordType: "User", recordId: body.id, userId: sessions.OFFICE.actor.userId });
    expect(JSON.stringify(audit.after)).not.toContain("argon2");
  });

  it("lists with pagination and filters", async () => {
    const { sessions } = await townshipWithRoles();
    const res = await listUsers(request("/api/v1/users?page=2&pageSize=2", { cookie: sessions.OFFICE.cookie }));
    expect(await res.json()).toMatchObject({ total: 5, page: 2, pageSize: 2, items: expect.any(Array) });
    const deputies = await (
      await listUsers(request("/api/v1/users?role=DEPUTY", { cookie: sessions.OFFICE.cookie }))
    ).json();
    expect(deputies.items.map((u: { role: string }) => u.role)).toEqual(["DEPUTY"]);
    const tooBig = await listUsers(request("/api/v1/users?pageSize=500", { cookie: sessions.OFFICE.cookie }));
    expect(tooBig.status).toBe(400);
    expect((await tooBig.json()).error.fields.pageSize).toBe("每页条数：每页最多 100 条");
  });

  it("refuses bad input with Chinese messages naming the field, and writes nothing", async () => {
    const { sessions } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const cases: [unknown, string, RegExp][] = [
      [{ ...NEW_USER, username: "" }, "username", /^用户名：/],
      [{ ...NEW_USER, password: "short" }, "password", /^初始密码：至少 8 个字符/],
      [{ ...NEW_USER, role: "KING" }, "role", /^角色：/],
      [{ ...NEW_USER, role: "DEPUTY" }, "deputyId", /代表账号必须关联一名代表/],
      [{ ...NEW_USER, admin: true }, "admin", /不允许的字段：admin/],
    ];
    for (const [body, field, message] of cases) {
      const res = await createUser(request("/api/v1/users", { method: "POST", cookie, body }));
      expect(res.status, field).toBe(400);
      const json = await res.json();
      expect(json.error.code).toBe("VALIDATION");
      expect(json.error.fields[field], field).toMatch(message);
    }
    const notJson = await createUser(
      request("/api/v1/users", {
        method: "POST",
        cookie,
        rawBody: "{username:",
        headers: { "content-type": "application/json" },
      }),
    );
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error.message).toBe("请求内容不是有效的 JSON");
    const empty = await createUser(request("/api/v1/users", { method: "POST", cookie }));
    expect(empty.status).toBe(400);
    expect(await db.user.count()).toBe(5);
    expect(await db.auditLog.count({ where: { action: "user.created" } })).toBe(0);
  });

  it("refuses a body over 1 MB with 413", async () => {
    const { sessions } = await townshipWithRoles();
    const big = JSON.stringify({ ...NEW_USER, displayName: "长".repeat(400_000) });
    const res = await createUser(
      request("/api/v1/users", {
        method: "POST",
        cookie: sessions.OFFICE.cookie,
        rawBody: big,
        headers: { "content-type": "application/json" },
      }),
    );
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: "提交的内容过大（上限 1 MB）",
    });
  });

  it("reports a duplicate username and a stale version as 409", async () => {
    const { sessions, users } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    expect((await createUser(request("/api/v1/users", { method: "POST", cookie, body: NEW_USER }))).status).toBe(201);
    const dup = await createUser(request("/api/v1/users", { method: "POST", cookie, body: NEW_USER }));
    expect(dup.status).toBe(409);
    expect((await dup.json()).error.fields.username).toBe("用户名：已被使用");
    const first = await patchUser(
      request(`/api/v1/users/${users.CHAIR.id}`, {
        method: "PATCH",
        cookie,
        body: { active: false, version: 1 },
      }),
      params({ id: users.CHAIR.id }),
    );
    expect(first.status).toBe(200);
    const stale = await patchUser(
      request(`/api/v1/users/${users.CHAIR.id}`, {
        method: "PATCH",
        cookie,
        body: { active: true, version: 1 },
      }),
      params({ id: users.CHAIR.id }),
    );
    expect(stale.status).toBe(409);
    expect((await db.user.findUniqueOrThrow({ where: { id: users.CHAIR.id } })).active).toBe(false);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.updated" } });
    expect(audit.before).toMatchObject({ active: true });
    expect(audit.after).toMatchObject({ active: false });
  });

  it("does not let the office disable its own account", async () => {
    const { sessions, users } = await townshipWithRoles();
    const res = await patchUser(
      request(`/api/v1/users/${users.OFFICE.id}`, {
        method: "PATCH",
        cookie: sessions.OFFICE.cookie,
        body: { active: false, version: 1 },
      }),
      params({ id: users.OFFICE.id }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.active).toMatch(/不能停用自己的账号/);
  });

  it("only links a deputy or unit account to a record of the same township", async () => {
    const a = await townshipWithRoles("甲镇");
    const b = await townshipWithRoles("乙镇");
    const res = await createUser(
      request("/api/v1/users", {
        method: "POST",
        cookie: a.sessions.OFFICE.cookie,
        body: { ...NEW_USER, role: "UNIT", unitId: b.unit.id },
      }),
    );
    expect(res.status).toBe(400);
    expect((await res.json()).error.fields.unitId).toMatch(/单位不存在/);
  });
});

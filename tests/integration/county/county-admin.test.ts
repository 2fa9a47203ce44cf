import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import {
  attachTownship,
  createCounty,
  createCountyAccount,
  listCounties,
  oneTimePassword,
  resetCountyAccount,
  setCountyAccountActive,
} from "@/lib/county/admin";
import { resolveSession } from "@/lib/auth/sessions";
import { countyTownships } from "@/lib/county/access";
import { createTownship, signIn } from "@/tests/factories";

describe("keeping counties and county accounts (npm run county)", () => {
  it("creates a county, attaches townships and a county account with a one-time password to change", async () => {
    const east = await createTownship("东镇");
    const west = await createTownship("西镇");
    const other = await createTownship("外县镇");
    await createCounty({ code: "C-1", name: "甲县" });
    await attachTownship("C-1", west.code);
    await attachTownship("C-1", east.code);
    const r = await createCountyAccount({
      county: "C-1",
      township: east.code,
      username: "Jia.County",
      displayName: "甲县人大 王",
    });
    expect(r.township.id).toBe(east.id);
    const user = await db.user.findUniqueOrThrow({ where: { username: "jia.county" } });
    expect(user).toMatchObject({ role: "COUNTY", townshipId: east.id, mustChangePassword: true, active: true });
    expect(await verifyPassword(user.passwordHash, r.password)).toBe(true);
    expect(r.password).toMatch(/^[A-Za-z2-9]{12}$/);

    const { actor } = await signIn(user);
    const scope = await countyTownships(actor);
    expect(scope.townships.map((t) => t.id).sort()).toEqual([east.id, west.id].sort());
    expect(scope.townships.map((t) => t.id)).not.toContain(other.id);

    // Audited in the township concerned.
    expect(await db.auditLog.count({ where: { action: "county.township_attached" } })).toBe(2);
    expect(
      await db.auditLog.count({ where: { action: "county.account_created", townshipId: east.id, recordId: user.id } }),
    ).toBe(1);
    expect((await listCounties())[0]).toMatchObject({
      name: "甲县",
      townships: expect.arrayContaining([
        expect.objectContaining({ name: "东镇", users: [expect.objectContaining({ username: "jia.county" })] }),
      ]),
    });
  });

  it("refuses an account on a township outside the county, a taken username and an unknown county", async () => {
    const inside = await createTownship("内镇");
    const outside = await createTownship("外镇");
    await createCounty({ code: "C-2", name: "乙县" });
    await expect(createCountyAccount({ county: "C-2", username: "yi.county", displayName: "乙" })).rejects.toThrow(
      "还没有乡镇",
    );
    await attachTownship("C-2", inside.code);
    await expect(
      createCountyAccount({ county: "C-2", township: outside.code, username: "yi.county", displayName: "乙" }),
    ).rejects.toThrow("不属于乙县");
    await expect(createCountyAccount({ county: "C-9", username: "yi.county", displayName: "乙" })).rejects.toThrow(
      "不存在",
    );
    await createCountyAccount({ county: "C-2", username: "yi.county", displayName: "乙" });
    await expect(createCountyAccount({ county: "C-2", username: "yi.county", displayName: "乙" })).rejects.toThrow(
      "已被使用",
    );
    await expect(attachTownship("C-2", "no-such-code")).rejects.toThrow("不存在");
    expect(await db.user.count({ where: { role: "COUNTY" } })).toBe(1);
  });

  it("resets a county account's password (sessions end, the lock lifts) and disables and enables it, audited", async () => {
    const t = await createTownship("丙镇");
    await createCounty({ code: "C-3", name: "丙县" });
    await attachTownship("C-3", t.code);
    const created = await createCountyAccount({ county: "C-3", username: "bing.county", displayName: "丙" });
    const user = await db.user.findUniqueOrThrow({ where: { username: "bing.county" } });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: false } });
    const sid = (await db.userSession.create({ data: { id: "sid-bing-1", userId: user.id, ip: "127.0.0.1" } })).id;
    await db.loginAttempt.create({ data: { username: "bing.county", ip: "10.0.0.9", succeeded: false } });

    const reset = await resetCountyAccount("Bing.County");
    expect(reset.password).not.toBe(created.password);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, reset.password)).toBe(true);
    expect(await verifyPassword(after.passwordHash, created.password)).toBe(false);
    expect(after.mustChangePassword).toBe(true);
    expect(await resolveSession(sid)).toBeNull();
    expect(await db.loginAttempt.count({ where: { username: "bing.county", succeeded: false } })).toBe(0);

    await db.userSession.create({ data: { id: "sid-bing-2", userId: user.id, ip: "127.0.0.1" } });
    await setCountyAccountActive("bing.county", false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(false);
    expect(await resolveSession("sid-bing-2")).toBeNull();
    await setCountyAccountActive("bing.county", true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).active).toBe(true);

    const actions = (await db.auditLog.findMany({ where: { recordId: user.id }, orderBy: { id: "asc" } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual([
      "county.account_created",
      "county.account_password_reset",
      "county.account_disabled",
      "county.account_enabled",
    ]);
  });

  it("resets or disables only county accounts", async () => {
    const t = await createTownship("丁镇");
    const office = await db.user.create({
      data: { townshipId: t.id, username: "ding.office", displayName: "丁", role: "OFFICE", passwordHash: "x" },
    });
    await expect(resetCountyAccount("ding.office")).rejects.toThrow("不存在");
    await expect(setCountyAccountActive("ding.office", false)).rejects.toThrow("不存在");
    expect((await db.user.findUniqueOrThrow({ where: { id: office.id } })).passwordHash).toBe("x");
  });

  it("makes one-time passwords that differ and pass the password rule's length", () => {
    const a = oneTimePassword();
    expect(a).toHaveLength(12);
    expect(oneTimePassword()).not.toBe(a);
  });
});

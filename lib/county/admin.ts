// Keeping counties and county accounts (县人大), from the command line (lib/cli/county.ts): no township office
// creates them (lib/users refuses the COUNTY role), so a county and its membership are set up by whoever runs the
// installation. Each change is audited in the township it concerns.
import crypto from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { recordAudit } from "@/lib/audit/record-audit";
import { clearFailedSignIns } from "@/lib/auth/login";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { requiredText } from "@/lib/http/fields";
import { Username } from "@/lib/users/public";

const SYSTEM = (townshipId: string) => ({ townshipId, userId: null, username: "system", requestId: null, ip: null });

export const CountyInput = z.object({
  code: requiredText("县代码", 32, { empty: "请填写县代码" }),
  name: requiredText("县名称", 100, { empty: "请填写县名称" }),
});

export const CountyAccountInput = z.object({
  county: requiredText("县代码", 32, { empty: "请填写县代码" }),
  /** The township the account is attached to (its code); the county's first by code when not given. */
  township: requiredText("乡镇代码", 32).optional(),
  username: Username,
  displayName: requiredText("姓名", 100, { empty: "请输入姓名" }),
});

async function countyByCode(code: string) {
  const county = await db.county.findUnique({ where: { code } });
  if (!county) throw new Error(`县代码 ${code} 不存在`);
  return county;
}

/** A county (县人大), or the one with this code already there (its name updated). */
export async function createCounty(input: z.input<typeof CountyInput>) {
  const { code, name } = CountyInput.parse(input);
  return db.county.upsert({ where: { code }, create: { code, name }, update: { name } });
}

/** Puts a township into a county (moving it out of another one): the county's accounts then read it. */
export async function attachTownship(countyCode: string, townshipCode: string) {
  const county = await countyByCode(countyCode);
  return db.$transaction(async (tx) => {
    const before = await tx.township.findUnique({ where: { code: townshipCode } });
    if (!before) throw new Error(`乡镇代码 ${townshipCode} 不存在`);
    const after = await tx.township.update({ where: { id: before.id }, data: { countyId: county.id } });
    await recordAudit(tx, SYSTEM(before.id), {
      action: "county.township_attached",
      recordType: "Township",
      recordId: before.id,
      before: { countyId: before.countyId },
      after: { countyId: county.id, county: county.name },
    });
    return after;
  });
}

/** A readable one-time password: 12 characters of an alphabet without look-alikes (0/O, 1/l/I). */
export function oneTimePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return Array.from(crypto.randomBytes(12), (b) => alphabet[b % alphabet.length]).join("");
}

/**
 * A county account: role COUNTY, attached to one township of the county (the Actor keeps its shape), with a
 * one-time password it must change at first sign-in. Returns the password, shown once.
 */
export async function createCountyAccount(input: z.input<typeof CountyAccountInput>) {
  const data = CountyAccountInput.parse(input);
  const county = await countyByCode(data.county);
  const township = await db.township.findFirst({
    where: { countyId: county.id, ...(data.township ? { code: data.township } : {}) },
    orderBy: { code: "asc" },
  });
  if (!township)
    throw new Error(data.township ? `乡镇 ${data.township} 不属于${county.name}` : `${county.name}还没有乡镇`);
  if (await db.user.findUnique({ where: { username: data.username } }))
    throw new Error(`用户名 ${data.username} 已被使用`);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({
      data: {
        townshipId: township.id,
        username: data.username,
        displayName: data.displayName,
        role: "COUNTY",
        passwordHash,
        mustChangePassword: true,
      },
      select: { id: true, username: true, displayName: true, role: true },
    });
    await recordAudit(tx, SYSTEM(township.id), {
      action: "county.account_created",
      recordType: "User",
      recordId: created.id,
      after: { ...created, county: county.name },
    });
    return created;
  });
  return { user, county, township, password };
}

/** A county account by its username (an account of another role is not one). */
async function countyAccount(username: string) {
  const user = await db.user.findFirst({
    where: { username: username.trim().toLowerCase(), role: "COUNTY" },
    select: { id: true, townshipId: true, username: true, active: true },
  });
  if (!user) throw new Error(`县人大账号 ${username} 不存在`);
  return user;
}

/**
 * A new one-time password for a county account (it must change it at the next sign-in): its sessions end and a
 * sign-in lock is lifted. Returns the password, shown once.
 */
export async function resetCountyAccount(username: string) {
  const user = await countyAccount(username);
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, mustChangePassword: true, passwordChangedAt: new Date(), version: { increment: 1 } },
    });
    await revokeUserSessions(tx, user.id);
    await clearFailedSignIns(tx, user.username);
    await recordAudit(tx, SYSTEM(user.townshipId), {
      action: "county.account_password_reset",
      recordType: "User",
      recordId: user.id,
    });
  });
  return { username: user.username, password };
}

/** Disables (its sessions end at once) or enables a county account. */
export async function setCountyAccountActive(username: string, active: boolean) {
  const user = await countyAccount(username);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { active, version: { increment: 1 } } });
    if (!active) await revokeUserSessions(tx, user.id);
    await recordAudit(tx, SYSTEM(user.townshipId), {
      action: active ? "county.account_enabled" : "county.account_disabled",
      recordType: "User",
      recordId: user.id,
      before: { active: user.active },
      after: { active },
    });
  });
  return { username: user.username, active };
}

/** Every county with its townships and accounts, for `npm run county -- list`. */
export async function listCounties() {
  const counties = await db.county.findMany({
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      townships: {
        orderBy: { code: "asc" },
        select: {
          code: true,
          name: true,
          users: { where: { role: "COUNTY" }, select: { username: true, displayName: true, active: true } },
        },
      },
    },
  });
  return counties;
}

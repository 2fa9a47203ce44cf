import type { Actor } from "@/lib/auth/actor";
import { scopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions";
import { clearFailedSignIns } from "@/lib/auth/login";
import { AppError, conflict, notFound, validation } from "@/lib/http/errors";
import { skipTake, type ListResult } from "@/lib/http/validation";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { TOWNSHIP_ROLES } from "@/lib/auth/labels";
import type {
  PasswordChangeInput,
  PasswordResetInput,
  UserCreateInput,
  UserListQuery,
  UserUpdateInput,
} from "@/lib/users/schema";
import { containsText } from "@/lib/db/search";

export const PUBLIC_FIELDS = {
  id: true,
  username: true,
  displayName: true,
  role: true,
  active: true,
  deputyId: true,
  unitId: true,
  mustChangePassword: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  deputy: { select: { name: true } },
  unit: { select: { name: true } },
} satisfies Prisma.UserSelect;

export type UserView = Prisma.UserGetPayload<{ select: typeof PUBLIC_FIELDS }>;

/**
 * The township's own accounts. A county account (县人大) is attached to one township of its county but is not
 * that township's user: its office neither lists, opens, disables, corrects nor resets it (lib/cli/county.ts
 * keeps county accounts).
 */
export const TOWNSHIP_ACCOUNT = { role: { in: [...TOWNSHIP_ROLES] } } satisfies Prisma.UserWhereInput;

export async function listUsers(actor: Actor, q: UserListQuery): Promise<ListResult<UserView>> {
  const sdb = scopedDb(actor.townshipId);
  const where: Prisma.UserWhereInput = {
    ...TOWNSHIP_ACCOUNT,
    ...(q.role ? { role: q.role } : {}),
    ...(q.active ? { active: q.active === "true" } : {}),
    ...(q.q ? { OR: [{ username: containsText(q.q) }, { displayName: containsText(q.q) }] } : {}),
  };
  const [items, total] = await Promise.all([
    sdb.user.findMany({
      where,
      select: PUBLIC_FIELDS,
      orderBy: [{ role: "asc" }, { username: "asc" }],
      ...skipTake(q),
    }),
    sdb.user.count({ where }),
  ]);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

export async function getUserOrThrow(actor: Actor, id: string): Promise<UserView> {
  const user = await scopedDb(actor.townshipId).user.findUnique({
    where: { id, ...TOWNSHIP_ACCOUNT },
    select: PUBLIC_FIELDS,
  });
  if (!user) throw notFound("账号不存在");
  return user;
}

/**
 * The deputy or unit an account of this role is linked to (none for other roles), checked: it must be a
 * record of the actor's own township (the scoped client enforces it), and a deputy has one account.
 */
export async function checkedLinks(
  tx: ScopedTx,
  input: { role: Role; deputyId?: string | null; unitId?: string | null },
  exceptUserId?: string,
): Promise<{ deputyId: string | null; unitId: string | null }> {
  const deputyId = input.role === "DEPUTY" ? input.deputyId || null : null;
  const unitId = input.role === "UNIT" ? input.unitId || null : null;
  if (deputyId && !(await tx.deputy.findUnique({ where: { id: deputyId } })))
    throw validation({ deputyId: "关联代表：代表不存在" });
  const other = exceptUserId ? { id: { not: exceptUserId } } : {};
  if (deputyId && (await tx.user.findFirst({ where: { deputyId, ...other } })))
    throw conflict("该代表已有账号", { deputyId: "关联代表：该代表已有账号" });
  if (unitId && !(await tx.handlingUnit.findUnique({ where: { id: unitId } })))
    throw validation({ unitId: "关联承办单位：单位不存在" });
  return { deputyId, unitId };
}

export async function createUser(actor: Actor, input: UserCreateInput): Promise<UserView> {
  const sdb = scopedDb(actor.townshipId);
  return sdb.$transaction(async (tx) => {
    // Usernames are unique across all townships (sign-in has no township field), so this one check is
    // unscoped: raw SQL on the transaction's own connection (the shared pool could deadlock, lib/db/ambient.ts).
    const taken = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "User" WHERE username = ${input.username}`;
    if (taken.length) throw conflict("用户名已被使用", { username: "用户名：已被使用" });
    const { deputyId, unitId } = await checkedLinks(tx, input);
    const created = await tx.user.create({
      data: {
        townshipId: actor.townshipId,
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        passwordHash: await hashPassword(input.password),
        mustChangePassword: true,
        deputyId,
        unitId,
      },
      select: PUBLIC_FIELDS,
    });
    await recordAudit(tx, subjectOf(actor), {
      action: "user.created",
      recordType: "User",
      recordId: created.id,
      after: created,
    });
    return created;
  });
}

export async function updateUser(actor: Actor, id: string, input: UserUpdateInput): Promise<UserView> {
  const sdb = scopedDb(actor.townshipId);
  return sdb.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id, ...TOWNSHIP_ACCOUNT }, select: PUBLIC_FIELDS });
    if (!before) throw notFound("账号不存在");
    if (before.version !== input.version) throw conflict("该账号已被他人修改，请刷新后重试");
    if (id === actor.userId && input.active === false)
      throw new AppError("VALIDATION", "不能停用自己的账号", { active: "启用状态：不能停用自己的账号" });
    const after = await tx.user.update({
      where: { id, version: input.version },
      data: { active: input.active, version: { increment: 1 } },
      select: PUBLIC_FIELDS,
    });
    if (input.active === false) await revokeUserSessions(tx, id);
    await recordAudit(tx, subjectOf(actor), {
      action: "user.updated",
      recordType: "User",
      recordId: id,
      before,
      after,
    });
    return after;
  });
}

export async function resetPassword(actor: Actor, id: string, input: PasswordResetInput): Promise<UserView> {
  const sdb = scopedDb(actor.townshipId);
  return sdb.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id, ...TOWNSHIP_ACCOUNT }, select: PUBLIC_FIELDS });
    if (!before) throw notFound("账号不存在");
    const after = await tx.user.update({
      where: { id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: true,
        passwordChangedAt: new Date(),
        version: { increment: 1 },
      },
      select: PUBLIC_FIELDS,
    });
    await revokeUserSessions(tx, id);
    await clearFailedSignIns(tx, before.username); // a reset lifts a sign-in lock
    await recordAudit(tx, subjectOf(actor), {
      action: "user.password_reset",
      recordType: "User",
      recordId: id,
      before,
      after,
    });
    return after;
  });
}

/** Everyone may change their own password; their other sessions end, this one stays. */
export async function changeOwnPassword(actor: Actor, input: PasswordChangeInput): Promise<void> {
  const sdb = scopedDb(actor.townshipId);
  await sdb.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: actor.userId } });
    if (!user) throw notFound("账号不存在");
    if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
      throw validation({ currentPassword: "当前密码：不正确" });
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(input.newPassword),
        mustChangePassword: false,
        passwordChangedAt: new Date(),
        version: { increment: 1 },
      },
    });
    await revokeUserSessions(tx, user.id, actor.sessionId);
    await recordAudit(tx, subjectOf(actor), { action: "user.password_changed", recordType: "User", recordId: user.id });
  });
}

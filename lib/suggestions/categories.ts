// The township's list of suggestion categories (类别), kept by the office: add, rename, reorder,
// deactivate and reactivate. A category in use is never deleted — old suggestions keep it — only
// deactivated, which takes it out of the submission form.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { isUniqueViolation } from "@/lib/db/errors";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { conflict, notFound, validation } from "@/lib/http/errors";
import type { CategoryCreateInput, CategoryUpdateInput } from "@/lib/suggestions/schema";
import { DEFAULT_CATEGORIES } from "@/lib/suggestions/rules";

type Db = ScopedDb | ScopedTx;

/**
 * The township's categories in the office's order — the active ones unless `all` (filters must still
 * find old suggestions in a deactivated one). The documents' list is created on first use, when
 * the township has none at all, and the office edits it from then on (/suggestions/categories).
 */
export async function categories(db: Db, townshipId: string, { all = false } = {}) {
  const where = all ? {} : { active: true };
  const order = [{ position: "asc" as const }, { name: "asc" as const }];
  const rows = await db.suggestionCategory.findMany({ where, orderBy: order });
  if (rows.length || (await db.suggestionCategory.count())) return rows;
  await db.suggestionCategory.createMany({
    data: DEFAULT_CATEGORIES.map((name, i) => ({ townshipId, name, position: i + 1 })),
    skipDuplicates: true,
  });
  return db.suggestionCategory.findMany({ where, orderBy: order });
}

/** A category a new suggestion (or a changed one) may be filed under: the township's, and in use. */
export async function assertActiveCategory(db: Db, id: string) {
  const c = await db.suggestionCategory.findUnique({ where: { id } });
  if (!c) throw validation({ categoryId: "类别：不存在" });
  if (!c.active) throw validation({ categoryId: `类别：“${c.name}”已停用，请选择其他类别` });
}

const duplicate = (name: string) => conflict(`已有同名类别“${name}”`, { name: `名称：已有同名类别“${name}”` });

/** Unique names per township; a race past the check meets the unique key and gets the same answer. */
async function uniquely<T>(name: string | undefined, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (name && isUniqueViolation(err)) throw duplicate(name);
    throw err;
  }
}

async function assertFreeName(tx: ScopedTx, name: string, exceptId?: string) {
  const same = await tx.suggestionCategory.findFirst({
    where: { name, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (same) throw duplicate(name);
}

/** The office: every category with its use count; others: the active ones, for the form and filters. */
export async function listCategories(actor: Actor) {
  if (can(actor, "suggestion_category.manage")) return categoriesWithUse(actor);
  return (await categories(scopedDb(actor.townshipId), actor.townshipId)).map((c) => ({
    id: c.id,
    name: c.name,
    position: c.position,
    active: c.active,
  }));
}

/** Every category, active or not, with its version and how many suggestions use it (the office's page). */
export async function categoriesWithUse(actor: Actor) {
  const sdb = scopedDb(actor.townshipId);
  const [rows, used] = await Promise.all([
    categories(sdb, actor.townshipId, { all: true }),
    sdb.suggestion.groupBy({ by: ["categoryId"], _count: { _all: true } }),
  ]);
  const counts = new Map(used.map((u) => [u.categoryId, u._count._all]));
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    position: c.position,
    active: c.active,
    version: c.version,
    inUse: counts.get(c.id) ?? 0,
  }));
}

/** A new category at the end of the list. */
export async function createCategory(actor: Actor, input: CategoryCreateInput) {
  return uniquely(input.name, () =>
    scopedDb(actor.townshipId).$transaction(async (tx) => {
      // The documents' list first, so that adding one does not stop the defaults from being created.
      await categories(tx, actor.townshipId, { all: true });
      await assertFreeName(tx, input.name);
      const last = await tx.suggestionCategory.aggregate({ _max: { position: true } });
      const c = await tx.suggestionCategory.create({
        data: { townshipId: actor.townshipId, name: input.name, position: (last._max.position ?? 0) + 1 },
      });
      await recordAudit(tx, subjectOf(actor), {
        action: "suggestion_category.created",
        recordType: "SuggestionCategory",
        recordId: c.id,
        after: c,
      });
      return c;
    }),
  );
}

/** Rename, (de)activate, or move one place up or down; positions are renumbered 1…n in the new order. */
export async function updateCategory(actor: Actor, id: string, input: CategoryUpdateInput) {
  return uniquely(input.name, () =>
    scopedDb(actor.townshipId).$transaction(async (tx) => {
      const before = await tx.suggestionCategory.findUnique({ where: { id } });
      if (!before) throw notFound("类别不存在");
      if (before.version !== input.version) throw conflict("类别已被他人修改，请刷新后重试");
      const audits: ("renamed" | "moved" | "reactivated" | "deactivated")[] = [];
      if (input.name !== undefined && input.name !== before.name) {
        await assertFreeName(tx, input.name, id);
        audits.push("renamed");
      }
      if (input.active !== undefined && input.active !== before.active)
        audits.push(input.active ? "reactivated" : "deactivated");
      let position: number | undefined;
      if (input.move) {
        const list = await tx.suggestionCategory.findMany({
          orderBy: [{ position: "asc" }, { name: "asc" }],
          select: { id: true, position: true },
        });
        const i = list.findIndex((c) => c.id === id);
        const j = input.move === "up" ? i - 1 : i + 1;
        if (j < 0 || j >= list.length) throw conflict(input.move === "up" ? "已在最前面" : "已在最后面");
        [list[i], list[j]] = [list[j], list[i]];
        for (const [k, c] of list.entries()) {
          if (c.id === id) position = k + 1;
          else if (c.position !== k + 1)
            await tx.suggestionCategory.update({ where: { id: c.id }, data: { position: k + 1 } });
        }
        audits.push("moved");
      }
      const after = await tx.suggestionCategory.update({
        where: { id, version: input.version },
        data: { name: input.name, active: input.active, position, version: { increment: 1 } },
      });
      for (const action of audits) {
        await recordAudit(tx, subjectOf(actor), {
          action: `suggestion_category.${action}`,
          recordType: "SuggestionCategory",
          recordId: id,
          before,
          after,
        });
      }
      return after;
    }),
  );
}

/** Only a category no suggestion uses may go; one in use is deactivated instead. */
export async function deleteCategory(actor: Actor, id: string) {
  await scopedDb(actor.townshipId).$transaction(async (tx) => {
    const before = await tx.suggestionCategory.findUnique({ where: { id } });
    if (!before) throw notFound("类别不存在");
    const used = await tx.suggestion.count({ where: { categoryId: id } });
    if (used) throw conflict(`“${before.name}”已用于 ${used} 件建议，不能删除，只能停用`);
    await tx.suggestionCategory.delete({ where: { id } });
    await recordAudit(tx, subjectOf(actor), {
      action: "suggestion_category.deleted",
      recordType: "SuggestionCategory",
      recordId: id,
      before,
    });
  });
}

import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/policy";
import { PageQuery, skipTake, type ListResult } from "@/lib/http/validation";
import { patternText } from "@/lib/http/fields";
import { unitInboxPage } from "@/lib/inbox/read";
import { formatDay } from "@/lib/time/day";
import type { InboxRow } from "@/lib/inbox/sources";

export const UnitInboxQuery = PageQuery.extend({
  kind: patternText("类型", /^[a-z_]{1,40}$/, "类型不正确")
    .optional()
    .describe("类型"),
});
export type UnitInboxQuery = z.infer<typeof UnitInboxQuery>;

export type InboxItem = Omit<InboxRow, "dueDate"> & { dueDate: string | null };

/**
 * The signed-in unit's one inbox: every registered source's items (optionally one kind), being
 * handled first, soonest due first. The sources are whatever the calling route or page imported.
 */
export async function listInbox(actor: Actor, q: UnitInboxQuery): Promise<ListResult<InboxItem>> {
  assertCan(actor, "inbox.view");
  if (!actor.unitId) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  const { items, total } = await unitInboxPage({
    townshipId: actor.townshipId,
    unitId: actor.unitId,
    kinds: q.kind ? [q.kind] : undefined,
    ...skipTake(q),
  });
  return {
    items: items.map((r) => ({ ...r, dueDate: r.dueDate && formatDay(r.dueDate) })),
    total,
    page: q.page,
    pageSize: q.pageSize,
  };
}

import { withRoute, json } from "@/lib/http/route";
import { GroupInput } from "@/lib/roster/schema";
import { createGroup, listGroups } from "@/lib/roster/groups";

// GET /api/v1/groups — representative groups with leader, members and latest standards check
export const GET = withRoute({ permission: "group.list" }, async ({ actor }) => {
  const items = await listGroups(actor);
  return json({ items, total: items.length, page: 1, pageSize: items.length });
});

// POST /api/v1/groups — create a group (office)
export const POST = withRoute({ permission: "group.manage", body: GroupInput }, async ({ actor, body }) =>
  json(await createGroup(actor, body), { status: 201 }),
);

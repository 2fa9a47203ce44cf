import { z } from "zod";
import { withRoute, json } from "@/lib/http/route";
import { uuid } from "@/lib/http/fields";
import { listNotifications, markRead } from "@/lib/notifications/reader";

// GET /api/v1/notifications — the actor's latest in-app notices (their own; a deputy's; a unit user's unit's)
export const GET = withRoute({ permission: "dashboard.view" }, async ({ actor }) =>
  json(await listNotifications(actor)),
);

const MarkQuery = z.object({ id: uuid("通知编号", "通知编号（id）格式不正确").optional() });

// POST /api/v1/notifications[?id=] — mark all as read, or only the one given
export const POST = withRoute({ permission: "dashboard.view", query: MarkQuery }, async ({ actor, query }) =>
  json(await markRead(actor, query.id)),
);

import { withRoute, json } from "@/lib/http/route";
import { listNotifications, markAllRead } from "@/lib/suggestions/notifications";

// GET /api/v1/notifications — the actor's latest in-app notices (deputy: own; unit user: the unit's)
export const GET = withRoute({ permission: "dashboard.view" }, async ({ actor }) =>
  json(await listNotifications(actor)),
);

// POST /api/v1/notifications — mark all as read
export const POST = withRoute({ permission: "dashboard.view" }, async ({ actor }) => json(await markAllRead(actor)));

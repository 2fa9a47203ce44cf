import { withRoute, json } from "@/lib/http/route";
import { ReminderQuery } from "@/lib/suggestions/schema";
import { listReminders } from "@/lib/suggestions/reminders";

// GET /api/v1/suggestions/reminders?status=overdue|due_soon&unitId=&page=&pageSize= — the reminder list (催办):
// suggestions being handled that are overdue or due within suggestions.dueSoonDays; the township's
// for the office, chair and presidium, a unit's own (as lead unit) for a unit
// ({items, total, page, pageSize, soonDays})
export const GET = withRoute({ permission: "suggestion.reminders", query: ReminderQuery }, async ({ actor, query }) =>
  json(await listReminders(actor, query)),
);

import { json, withRoute } from "@/lib/http/route";
import { addCalendarOverride } from "@/lib/time/calendar";
import { CalendarOverrideInput } from "@/lib/time/schema";

// POST /api/v1/calendar/overrides — set a day as a holiday or a working day ({date, kind, note}) (office)
export const POST = withRoute({ permission: "calendar.manage", body: CalendarOverrideInput }, async ({ actor, body }) =>
  json(await addCalendarOverride(actor, body), { status: 201 }),
);

import { withRoute } from "@/lib/http/route";
import { removeCalendarOverride } from "@/lib/time/calendar";
import { CalendarDayParams } from "@/lib/time/schema";

// DELETE /api/v1/calendar/overrides/{date} — remove a day's override; the package's arrangement applies again (office)
export const DELETE = withRoute(
  { permission: "calendar.manage", params: CalendarDayParams },
  async ({ actor, params }) => {
    await removeCalendarOverride(actor, params.date);
    return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
  },
);

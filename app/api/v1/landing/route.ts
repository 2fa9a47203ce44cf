import { withRoute, json } from "@/lib/http/route";
import { getLanding } from "@/lib/landing/service";

// GET /api/v1/landing — the actor's own landing page: today's to-do counts and the year's progress (own only)
export const GET = withRoute({ permission: "dashboard.view" }, async ({ actor }) => json(await getLanding(actor)));

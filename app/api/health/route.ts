import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

// GET /api/health — liveness and database reachability (503 when the database is down); public.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, { status: health.db === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}

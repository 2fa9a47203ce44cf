import { json, withRoute } from "@/lib/http/route";
import { VoterReportCreateInput, VoterReportListQuery } from "@/lib/duties/schema";
import { listVoterReports, scheduleVoterReport } from "@/lib/duties/voter-reports";

// GET /api/v1/voter-reports — reports to voters (述职) with their rates (a deputy: own; a presidium member: linked deputies')
export const GET = withRoute(
  { permission: "voter_report.list", query: VoterReportListQuery },
  async ({ actor, query }) => json(await listVoterReports(actor, query)),
);

// POST /api/v1/voter-reports — schedule a deputy's report to voters (office)
export const POST = withRoute(
  { permission: "voter_report.manage", body: VoterReportCreateInput },
  async ({ actor, body }) => json(await scheduleVoterReport(actor, body), { status: 201 }),
);

import { json, withRoute } from "@/lib/http/route";
import { GroupPlanInput, GroupPlanQuery } from "@/lib/group-activities/schema";
import { listGroupPlans, saveGroupPlan } from "@/lib/group-activities/plans";

// GET /api/v1/group-activities/plans?year=&groupId= — the groups' quarterly plans of a year
export const GET = withRoute({ permission: "group_activity.list", query: GroupPlanQuery }, async ({ actor, query }) =>
  json(await listGroupPlans(actor, query)),
);

// PUT /api/v1/group-activities/plans — save a group's plan for one quarter (replaces its text) (office)
export const PUT = withRoute({ permission: "group_activity.plan", body: GroupPlanInput }, async ({ actor, body }) =>
  json(await saveGroupPlan(actor, body)),
);

import { z } from "zod";
import { uuid } from "@/lib/http/fields";
import { withRoute, json } from "@/lib/http/route";
import { PresidiumLinksInput } from "@/lib/roster/schema";
import { setPresidiumLinks } from "@/lib/roster/presidium";

const Params = z.object({ memberId: uuid("主席团成员") });

// PUT /api/v1/presidium-links/{memberId} — replace the deputies a presidium member is linked to (office)
export const PUT = withRoute(
  { permission: "presidium_link.manage", params: Params, body: PresidiumLinksInput },
  async ({ actor, params, body }) => json(await setPresidiumLinks(actor, params.memberId, body)),
);

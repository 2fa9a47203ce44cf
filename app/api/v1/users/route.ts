import { withRoute, json } from "@/lib/http/route";
import { UserCreateInput, UserListQuery } from "@/lib/users/schema";
import { createUser, listUsers } from "@/lib/users/service";

// GET /api/v1/users — the township's accounts, filtered and paginated (office)
export const GET = withRoute({ permission: "user.list", query: UserListQuery }, async ({ actor, query }) =>
  json(await listUsers(actor, query)),
);

// POST /api/v1/users — create an account (office)
export const POST = withRoute({ permission: "user.create", body: UserCreateInput }, async ({ actor, body }) =>
  json(await createUser(actor, body), { status: 201 }),
);

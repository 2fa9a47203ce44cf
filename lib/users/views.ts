// View loader for the accounts page: the page calls this one function and renders what it returns.
import type { Actor } from "@/lib/auth/actor";
import { parseSearchParams } from "@/lib/http/validation";
import { UserListQuery } from "@/lib/users/schema";
import { listUsers } from "@/lib/users/service";
import { listLinkOptions } from "@/lib/users/options";

/** 账号管理: a page of accounts for the query, and the deputies and units an account may be linked to. */
export async function usersView(actor: Actor, sp: Record<string, string | undefined>) {
  const query = parseSearchParams(UserListQuery, sp);
  const [list, options] = await Promise.all([listUsers(actor, query), listLinkOptions(actor)]);
  return { query, list, options };
}

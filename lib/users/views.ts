// View loader for the accounts page: the page calls this one function and renders what it returns.
import type { Actor } from "@/lib/auth/actor";
import { parseSearchParams } from "@/lib/http/validation";
import { UserListQuery } from "@/lib/users/schema";
import { getUserOrThrow, listUsers } from "@/lib/users/service";
import { userCorrections } from "@/lib/users/corrections";
import { listLinkOptions } from "@/lib/users/options";

/** 账号管理: a page of accounts for the query, and the deputies and units an account may be linked to. */
export async function usersView(actor: Actor, sp: Record<string, string | undefined>) {
  const query = parseSearchParams(UserListQuery, sp);
  const [list, options] = await Promise.all([listUsers(actor, query), listLinkOptions(actor)]);
  return { query, list, options };
}

/** One account, its 更正记录, and the deputies and units it may be linked to (its own link among them). */
export async function userView(actor: Actor, id: string) {
  const user = await getUserOrThrow(actor, id);
  const [corrections, options] = await Promise.all([userCorrections(actor, id), listLinkOptions(actor)]);
  if (user.deputyId && user.deputy) options.deputies.unshift({ id: user.deputyId, name: user.deputy.name });
  return { user, corrections, options, isSelf: user.id === actor.userId };
}

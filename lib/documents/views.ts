// What the register's pages show: the list of a direction and year with its filters, and one entry.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { parseSearchParams } from "@/lib/http/validation";
import { formatDay, todayInChina } from "@/lib/time/day";
import { DocumentListQuery } from "@/lib/documents/schema";
import { getDocument, listDocuments } from "@/lib/documents/service";

export async function registerView(actor: Actor, sp: Record<string, string | string[] | undefined>) {
  const today = formatDay(todayInChina());
  const parsed = parseSearchParams(DocumentListQuery, sp);
  const query = {
    ...parsed,
    year: parsed.year ?? Number(today.slice(0, 4)),
    direction: parsed.direction ?? ("INCOMING" as const),
  };
  return {
    query,
    today,
    list: await listDocuments(actor, query),
    may: { manage: can(actor, "document.manage"), export: can(actor, "document.export") },
  };
}

export async function documentView(actor: Actor, id: string) {
  return { entry: await getDocument(actor, id), may: { manage: can(actor, "document.manage") } };
}

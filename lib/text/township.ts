// The township's name, as every official document and the page header write it.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";

/** The actor's township's name ("" when it has none). */
export async function townshipName(actor: Actor): Promise<string> {
  return (await scopedDb(actor.townshipId).township.findFirst({ select: { name: true } }))?.name ?? "";
}

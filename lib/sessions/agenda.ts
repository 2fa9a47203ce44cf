import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, notFound } from "@/lib/http/errors";
import type { AgendaItemInput } from "@/lib/sessions/schema";
import { editAction } from "@/lib/sessions/policy";
import { loadSession } from "@/lib/sessions/access";

/** Adds an agenda item at the end (or at `position`, moving later ones down). */
export async function addAgendaItem(actor: Actor, sessionId: string, input: AgendaItemInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    const count = await tx.agendaItem.count({ where: { sessionId } });
    const position = Math.min(input.position ?? count + 1, count + 1);
    await tx.agendaItem.updateMany({
      where: { sessionId, position: { gte: position } },
      data: { position: { increment: 1 } },
    });
    const item = await tx.agendaItem.create({
      data: {
        townshipId: actor.townshipId,
        sessionId,
        kind: input.kind,
        title: input.title,
        resolution: input.resolution,
        position,
      },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.agenda_added"),
      recordType: "AgendaItem",
      recordId: item.id,
      after: item,
    });
    return item;
  });
}

/** Edits an item's title, kind or resolution text. */
export async function updateAgendaItem(actor: Actor, sessionId: string, itemId: string, input: AgendaItemInput) {
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    const session = await loadSession(tx, actor, sessionId);
    const before = await tx.agendaItem.findFirst({ where: { id: itemId, sessionId } });
    if (!before) throw notFound("议程不存在");
    // Once the session has opened, its agenda is corrected with a reason (corrections.ts); the resolution text is still kept here.
    if (session.status !== "PREPARING" && (before.title !== input.title || before.kind !== input.kind))
      throw conflict("会议已开幕，议程名称和类型的更改须作为更正登记并写明原因");
    const after = await tx.agendaItem.update({
      where: { id: itemId },
      data: { kind: input.kind, title: input.title, resolution: input.resolution },
    });
    await recordAudit(tx, subjectOf(actor), {
      action: editAction(session, "session.agenda_updated"),
      recordType: "AgendaItem",
      recordId: itemId,
      before,
      after,
    });
    return after;
  });
}

import { db, type Tx } from "@/lib/db";
import type { ScopedTx } from "@/lib/db/township-scope";
import { enabledChannels } from "@/lib/notifications/channels";
import type { Notice } from "@/lib/notifications/types";

/**
 * Writes notices through every enabled channel, in the transaction of the change they report (a
 * township-scoped one or the plain client).
 */
export async function notify(client: ScopedTx | Tx, notices: Notice[]): Promise<void> {
  if (!notices.length) return;
  for (const channel of await enabledChannels()) await channel.deliver(client as Tx, notices);
}

const recipientKey = (r: { userId?: string | null; unitId?: string | null; deputyId?: string | null }) =>
  `${r.userId ?? ""}/${r.unitId ?? ""}/${r.deputyId ?? ""}`;
const key = (subject: string, recipient: string, message: string) => `${subject}|${recipient}|${message}`;

/**
 * For daily jobs (all townships): writes each notice unless the same one (subject, recipient,
 * text) was written before — one read for the lot, then the channels. Returns how many were new.
 */
export async function notifyOnce(notices: Notice[]): Promise<number> {
  if (!notices.length) return 0;
  const byType = new Map<string, Set<string>>();
  for (const n of notices)
    if (n.subject) byType.set(n.subject.type, (byType.get(n.subject.type) ?? new Set()).add(n.subject.id));
  const existing = await db.notification.findMany({
    where: {
      OR: [
        ...[...byType].map(([subjectType, ids]) => ({ subjectType, subjectId: { in: [...ids] } })),
        ...(notices.some((n) => !n.subject) ? [{ subjectId: null }] : []),
      ],
      message: { in: [...new Set(notices.map((n) => n.message))] },
    },
    select: { subjectType: true, subjectId: true, userId: true, unitId: true, deputyId: true, message: true },
  });
  const seen = new Set(existing.map((e) => key(`${e.subjectType}/${e.subjectId}`, recipientKey(e), e.message)));
  const fresh = notices.filter((n) => {
    const k = key(`${n.subject?.type ?? null}/${n.subject?.id ?? null}`, recipientKey(n.recipient), n.message);
    return !seen.has(k) && !!seen.add(k);
  });
  await notify(db, fresh);
  return fresh.length;
}

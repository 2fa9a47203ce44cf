import { db } from "@/lib/db";
import type { OutgoingChannel } from "@/lib/generated/prisma/enums";

// The gateway side of the outbox: a county's SMS or WeChat gateway (a job or a small process of its
// own) takes the PENDING messages of its channel, oldest first, sends them and records the outcome.

export async function pendingMessages(channel: OutgoingChannel, take = 100) {
  return db.outgoingMessage.findMany({
    where: { channel, status: "PENDING" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take,
  });
}

export async function markSent(id: string): Promise<void> {
  await db.outgoingMessage.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, error: null },
  });
}

/** A failed attempt: the message stays PENDING for another try until `final`, then FAILED. */
export async function markFailed(id: string, error: string, final = false): Promise<void> {
  await db.outgoingMessage.update({
    where: { id },
    data: { status: final ? "FAILED" : "PENDING", attempts: { increment: 1 }, error: error.slice(0, 500) },
  });
}

import type { Tx } from "@/lib/db";
import type { OutgoingChannel } from "@/lib/generated/prisma/enums";
import { getSettings } from "@/lib/settings";
import type { Notice } from "@/lib/notifications/types";

/** A way to deliver notices, inside the transaction of the change they report. */
export interface Channel {
  name: string;
  deliver(client: Tx, notices: Notice[]): Promise<void>;
}

const recipientColumns = (n: Notice) => ({
  userId: "userId" in n.recipient ? n.recipient.userId : null,
  unitId: "unitId" in n.recipient ? n.recipient.unitId : null,
  deputyId: "deputyId" in n.recipient ? n.recipient.deputyId : null,
});

/** The in-app notices (Notification rows) each user reads on their landing page. */
export const inAppChannel: Channel = {
  name: "in-app",
  async deliver(client, notices) {
    if (!notices.length) return;
    await client.notification.createMany({
      data: notices.map((n) => ({
        townshipId: n.townshipId,
        ...recipientColumns(n),
        subjectType: n.subject?.type ?? null,
        subjectId: n.subject?.id ?? null,
        link: n.link ?? null,
        message: n.message,
      })),
    });
  },
};

/**
 * The phone numbers of the recipients: a deputy's own, a unit's contact phone. Users have no
 * number on file, so a notice to a user alone goes out in the app only.
 */
async function phoneNumbers(client: Tx, notices: Notice[]): Promise<Map<string, string>> {
  const deputyIds = notices.flatMap((n) => ("deputyId" in n.recipient ? [n.recipient.deputyId] : []));
  const unitIds = notices.flatMap((n) => ("unitId" in n.recipient ? [n.recipient.unitId] : []));
  const [deputies, units] = await Promise.all([
    deputyIds.length
      ? client.deputy.findMany({ where: { id: { in: deputyIds } }, select: { id: true, phone: true } })
      : [],
    unitIds.length
      ? client.handlingUnit.findMany({ where: { id: { in: unitIds } }, select: { id: true, contactPhone: true } })
      : [],
  ]);
  const phones = new Map<string, string>();
  for (const d of deputies) if (d.phone) phones.set(d.id, d.phone);
  for (const u of units) if (u.contactPhone) phones.set(u.id, u.contactPhone);
  return phones;
}

/**
 * Outgoing SMS or WeChat messages, written to the OutgoingMessage table as PENDING: a county's
 * gateway sends them later (lib/notifications/outbox.ts). Recipients without a number are skipped.
 */
export function outboxChannel(channel: OutgoingChannel): Channel {
  return {
    name: `outbox:${channel}`,
    async deliver(client, notices) {
      if (!notices.length) return;
      const phones = await phoneNumbers(client, notices);
      const data = notices.flatMap((n) => {
        const id = Object.values(n.recipient)[0] as string;
        const recipient = phones.get(id);
        if (!recipient) return [];
        return [
          {
            townshipId: n.townshipId,
            channel,
            recipient,
            text: n.message,
            subjectType: n.subject?.type ?? null,
            subjectId: n.subject?.id ?? null,
          },
        ];
      });
      if (data.length) await client.outgoingMessage.createMany({ data });
    },
  };
}

/** The in-app channel always; SMS and WeChat when the office has switched them on (off by default). */
export async function enabledChannels(): Promise<Channel[]> {
  const s = await getSettings();
  return [
    inAppChannel,
    ...(s["notifications.smsEnabled"] ? [outboxChannel("SMS")] : []),
    ...(s["notifications.wechatEnabled"] ? [outboxChannel("WECHAT")] : []),
  ];
}

// The petition handling chain's write route for the hostile-input properties (routes.ts spreads it into
// WRITE_CASES): 转办 of an approved case, the step with the most kinds of field (ids, a list, text, a day).
import { db } from "@/lib/db";
import { addDays, todayInChina } from "@/lib/time/day";
import * as transitions from "@/app/api/v1/petitions/[id]/transitions/route";
import type { WriteCase } from "./routes";

const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

/** An accepted, proposed and approved petition, ready to be transferred. */
export async function approvedPetition(townshipId: string) {
  const received = addDays(todayInChina(), -10);
  return db.petition.create({
    data: {
      townshipId,
      channel: "LETTER",
      receivedOn: received,
      subject: "村道破损",
      content: "村道破损严重，请求修缮。",
      category: "SUGGESTION_OPINION",
      state: "APPROVED",
      intake: "ACCEPT",
      acceptedOn: received,
      notifiedOn: received,
      dueDate: addDays(received, 60),
      petitioners: { create: [{ townshipId, name: "李四", phone: "13912345678" }] },
    },
  });
}

export const PETITION_CHAIN_WRITE_CASES: WriteCase[] = [
  {
    key: "POST petitions/[id]/transitions",
    handler: transitions.POST,
    cookie: (w) => w.office,
    params: (w) => ({ id: w.chainPetition.id }),
    body: (w) => ({
      step: "transfer",
      version: 1,
      leadUnitId: w.unit.id,
      coUnitIds: [],
      note: "请于一个月内办结",
      occurredOn: today(),
    }),
  },
];

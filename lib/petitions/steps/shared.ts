// What several steps share: the day of an entry (代录 and the chain's order of days), the unit's name.
import { validation } from "@/lib/http/errors";
import { occurredDay, type PreviousStep } from "@/lib/records/on-behalf";
import { RECEIVED_LABEL } from "@/lib/petitions/rules";
import { mayEnterOnBehalf, type RunContext } from "@/lib/petitions/steps/types";

/**
 * The day a step happened (lib/records/on-behalf.ts): not after today, never before receipt, nor before
 * the step it follows. Only the office gives a day other than today (a paper form, a record keyed later).
 */
export function entryDay(ctx: RunContext, given: string | null | undefined, label: string, after?: PreviousStep) {
  if (given && !mayEnterOnBehalf(ctx.actor, ctx.p))
    throw validation({ occurredOn: `${label}：只有人大办补录或代录时填写` });
  const bound = after?.day && after.day.getTime() > ctx.p.receivedOn.getTime() ? after : null;
  return occurredDay(given, {
    field: "occurredOn",
    label,
    today: ctx.today,
    after: bound ?? { label: RECEIVED_LABEL, day: ctx.p.receivedOn },
  });
}

/** The later of two previous steps (either may be missing). */
export function later(a: PreviousStep | null, b: PreviousStep | null): PreviousStep | undefined {
  if (!a?.day) return b ?? undefined;
  if (!b?.day) return a;
  return b.day.getTime() > a.day.getTime() ? b : a;
}

/** The notice to each active unit of the case. */
export const unitNotices = (ctx: RunContext, unitIds: readonly string[], message: string) =>
  unitIds.map((unitId) => ({
    townshipId: ctx.p.townshipId,
    recipient: { unitId },
    subject: { type: "petition", id: ctx.p.id },
    link: `/petitions/${ctx.p.id}`,
    message: message.slice(0, 300),
  }));

/** The case's name in a notice: its number, else its subject. */
export const caseName = (p: { number: string | null; subject: string }) =>
  p.number ? `信访件 ${p.number}` : `信访件“${p.subject.slice(0, 40)}”`;

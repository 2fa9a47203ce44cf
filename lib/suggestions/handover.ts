// Handing an assignment over to the units (交付承办). The office's 交办 names the units; when the
// township requires the chair's 签发 (the setting `suggestions.signOffRequired`, local practice),
// the units see nothing until the chair signs, and the reply period runs from the day of signing —
// the day the assignment is really made (代表法 Art. 51: "自交办之日起三个月内答复"). Otherwise the
// office's 交办 hands it over at once. Every read of "what a unit has been given" goes through here.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { Prisma, type SuggestionState } from "@/lib/generated/prisma/client";
import type { ScopedTx } from "@/lib/db/township-scope";
import type { Settings } from "@/lib/settings";
import { formatDay } from "@/lib/time/day";
import { coUnitInputDue } from "@/lib/handling/deadlines";
import { replyDeadline } from "@/lib/suggestions/rules";
import { notifyUnitsAndProposers } from "@/lib/suggestions/notify";

/** Whether an assignment made now waits for the chair's 签发 before the units see it. */
export const signOffRequired = (settings: Settings) => settings["suggestions.signOffRequired"] === 1;

/** The suggestions a unit has been given: assigned to it, the assignment in force and handed over. */
export function unitAssignedWhere(townshipId: string, unitId: string | null): Prisma.SuggestionWhereInput {
  return {
    awaitingSignOff: false,
    // The township in the sub-filter too, so the (townshipId, unitId, active) index serves it.
    assignments: {
      some: { townshipId, unitId: unitId ?? "00000000-0000-0000-0000-000000000000", active: true },
    },
  };
}

/** The same in raw SQL over `"Suggestion" s` (the unit inbox). */
export const HANDED_OVER_SQL = Prisma.sql`NOT s."awaitingSignOff"`;

/** Whether the actor sees the internal steps (签发, 公开 before it is done) and what waits for them. */
export const seesInternalSteps = (actor: Actor) => can(actor, "suggestion.internal_steps");

/**
 * The state as the actor is shown it: to a deputy an assignment awaiting the chair's 签发 has not
 * been made yet (they are told "已交办" when it is handed over), so it still reads 已登记.
 */
export function stateAsSeen(actor: Actor, s: { state: SuggestionState; awaitingSignOff: boolean }): SuggestionState {
  return s.awaitingSignOff && !seesInternalSteps(actor) ? "REGISTERED" : s.state;
}

interface Handed {
  id: string;
  title: string;
  broad: boolean;
}

/**
 * Hands `s`'s assignment in force over to its units on `day`: the reply deadline (three months, six
 * when broad — the settings), the co-units' input due date, and the notices to units and proposers.
 * Returns what the suggestion row takes.
 */
export async function handOver(tx: ScopedTx, townshipId: string, s: Handed, day: Date, settings: Settings) {
  const inputDue = coUnitInputDue(day, settings["suggestions.coUnitInputMonths"]);
  // One statement: the hand-over day on every assignment in force, the input due date on the co-units'.
  const units = await tx.$queryRaw<{ unitId: string; lead: boolean }[]>`
    UPDATE "SuggestionAssignment"
    SET "assignedOn" = ${formatDay(day)}::date,
        "inputDue" = CASE WHEN "lead" THEN "inputDue" ELSE ${formatDay(inputDue)}::date END
    WHERE "suggestionId" = ${s.id}::uuid AND "townshipId" = ${townshipId}::uuid AND "active"
    RETURNING "unitId", "lead"`;
  const coMessage = `新交办建议（协办）：${s.title}，请于 ${formatDay(inputDue)} 前向主办单位提交协办意见`;
  await notifyUnitsAndProposers(
    tx,
    townshipId,
    s.id,
    [
      ...units.filter((u) => u.lead).map((u) => ({ unitId: u.unitId, message: `新交办建议：${s.title}` })),
      ...units.filter((u) => !u.lead).map((u) => ({ unitId: u.unitId, message: coMessage })),
    ],
    `您的建议“${s.title}”已交办`,
  );
  const months = { normal: settings["suggestions.replyMonths"], broad: settings["suggestions.broadReplyMonths"] };
  return {
    awaitingSignOff: false,
    assignedOn: day,
    deadline: replyDeadline(day, s.broad, months),
    delayedTo: null,
  } satisfies Prisma.SuggestionUncheckedUpdateInput;
}

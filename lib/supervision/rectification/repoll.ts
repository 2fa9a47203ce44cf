// 再测评: after rectification, a second poll (round 2) of the units whose rectification was accepted,
// opened through supervision's own poll functions (polls.ts `openRound`) and read through its results
// (`pollResults`: counts and rates, never a ballot), then set beside round 1: 整改前 → 再测评.
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/policy";
import { scopedDb, type ScopedDb, type ScopedTx } from "@/lib/db/township-scope";
import { lockRow } from "@/lib/db/locks";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { conflict, validation } from "@/lib/http/errors";
import { loadActivity } from "@/lib/supervision/access";
import { openRound, pollResults } from "@/lib/supervision/polls";
import { hasPolls } from "@/lib/supervision/rules";

export const REPOLL_ROUND = 2;

/**
 * The targets that may be polled again: a unit of the activity whose rectification tasks from it were
 * all accepted (整改验收), and that has a round-1 poll.
 */
async function eligibleTargets(db: ScopedDb | ScopedTx, activityId: string) {
  const targets = await db.supervisionTarget.findMany({
    where: { activityId, unitId: { not: null }, polls: { some: { round: 1 } } },
    orderBy: { position: "asc" },
    select: { id: true, unitId: true, officialName: true, unit: { select: { name: true } } },
  });
  const tasks = await db.rectificationTask.findMany({ where: { activityId }, select: { unitId: true, state: true } });
  return targets
    .filter((t) => {
      const mine = tasks.filter((k) => k.unitId === t.unitId);
      return mine.length > 0 && mine.every((k) => k.state === "ACCEPTED");
    })
    .map((t) => ({ id: t.id, name: t.unit?.name ?? t.officialName ?? "" }));
}

/** Why a 再测评 may not be opened now, or true. */
function repollAllowed(a: { state: string; kind: string }, eligible: number, opened: boolean): true | string {
  if (!hasPolls(a.kind)) return "本活动没有民主测评";
  if (a.state !== "CONCLUDED") return "活动结束后才能再测评";
  if (opened) return "再测评已经开启";
  if (!eligible) return "整改验收后才能再测评：尚无整改已全部验收的单位";
  return true;
}

/** The office opens the 再测评 for the given targets (default: every eligible one). */
export async function startRepoll(actor: Actor, activityId: string, targetIds?: string[]) {
  assertCan(actor, "supervision_repoll.create");
  return scopedDb(actor.townshipId).$transaction(async (tx) => {
    await lockRow(tx, "SupervisionActivity", activityId, actor.townshipId);
    const { activity } = await loadActivity(tx, actor, activityId);
    const eligible = (await eligibleTargets(tx, activityId)).map((t) => t.id);
    const opened = (await tx.supervisionPoll.count({ where: { activityId, round: REPOLL_ROUND } })) > 0;
    const ok = repollAllowed(activity, eligible.length, opened);
    if (ok !== true) throw conflict(ok);
    const chosen = targetIds?.length ? targetIds : eligible;
    if (chosen.some((t) => !eligible.includes(t)))
      throw validation({ targetIds: "再测评对象：只能是整改已全部验收的单位" });
    await openRound(tx, actor, activity, REPOLL_ROUND, chosen);
    await recordAudit(tx, subjectOf(actor), {
      action: "supervision.repoll_created",
      recordType: "SupervisionActivity",
      recordId: activityId,
      after: { round: REPOLL_ROUND, targetIds: chosen },
    });
    return { round: REPOLL_ROUND, targets: chosen.length };
  });
}

/** Round 1 beside the 再测评, per target, as the actor may see the results (a unit only its own). */
export async function repollComparison(actor: Actor, activityId: string) {
  const sdb = scopedDb(actor.townshipId);
  const { activity, rel } = await loadActivity(sdb, actor, activityId);
  const [results, eligible, opened] = await Promise.all([
    pollResults(sdb, actor, activity, rel),
    eligibleTargets(sdb, activityId),
    sdb.supervisionPoll.count({ where: { activityId, round: REPOLL_ROUND } }),
  ]);
  const second = new Map(results.polls.filter((p) => p.round === REPOLL_ROUND).map((p) => [p.targetId, p]));
  const rows = results.polls
    .filter((p) => p.round === 1 && p.targetId && second.has(p.targetId))
    .map((first) => {
      const again = second.get(first.targetId)!;
      const before = first.result?.rate ?? null;
      const after = again.result?.rate ?? null;
      return {
        targetId: first.targetId!,
        subject: first.subject,
        before,
        beforeText: first.result?.rateText ?? null,
        after,
        afterText: again.result?.rateText ?? null,
        closed: again.closed,
        change: before !== null && after !== null ? after - before : null,
      };
    });
  const allowed = repollAllowed(activity, eligible.length, opened > 0);
  return {
    rule: results.rule,
    rows,
    /** The office may open it now, or why not (shown in the button's place). */
    start: can(actor, "supervision_repoll.create", { townshipId: activity.townshipId })
      ? {
          open: allowed === true,
          ...(allowed === true ? {} : { reason: allowed }),
          eligible: eligible.length,
          /** The units the office may choose for the 再测评 (all of them by default). */
          targets: eligible,
        }
      : null,
  };
}

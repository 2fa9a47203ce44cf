// One activity as the API and its page show it: the plan, targets, participants with attendance, documents,
// the polls as the actor may see them, and the steps and abilities the page draws.
import type { Actor } from "@/lib/auth/actor";
import { scopedDb } from "@/lib/db/township-scope";
import { loadActivity } from "@/lib/supervision/access";
import { activityDetail } from "@/lib/supervision/service";
import { pollResults } from "@/lib/supervision/polls";
import { activityAbilities, activitySteps } from "@/lib/supervision/steps";

export async function getActivityOrThrow(actor: Actor, id: string) {
  const sdb = scopedDb(actor.townshipId);
  const { activity, rel } = await loadActivity(sdb, actor, id);
  const [detail, documents, polls] = await Promise.all([
    activityDetail(sdb, activity),
    sdb.supervisionDocument.findMany({
      where: { activityId: id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, kind: true, filename: true, mimeType: true, size: true, createdAt: true },
    }),
    pollResults(sdb, actor, activity, rel),
  ]);
  const record = {
    ...activity,
    participants: detail.participants.length,
    participant: rel.participant,
    repollOpen: polls.polls.some((p) => p.round > 1 && !p.closed),
  };
  return {
    ...detail,
    documents,
    polls,
    steps: activitySteps(actor, record),
    may: activityAbilities(actor, record),
  };
}

export type ActivityDetail = Awaited<ReturnType<typeof getActivityOrThrow>>;

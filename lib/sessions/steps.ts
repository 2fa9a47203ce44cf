// The congress session's one table of steps: who may take each, whether it may happen now (with
// the reason in Chinese when not) and, for opening and closing, what it writes. The service and
// the other session services ask it, the session's JSON carries it, the page shows what is open.
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import type { ScopedTx } from "@/lib/db/township-scope";
import { conflict } from "@/lib/http/errors";
import type { CongressSession, SessionStatus } from "@/lib/generated/prisma/client";
import { presence } from "@/lib/sessions/access";
import { freezeRoll } from "@/lib/sessions/roll";

/** What a session step's availability reads. */
export interface SessionRecord {
  townshipId: string;
  status: SessionStatus;
}

export type SessionStepName = "open" | "close" | "edit" | "vote" | "add_election" | "record_round";

export interface SessionStep {
  name: SessionStepName;
  label: string;
  /** Who may take it at all; false is a 403. */
  who(actor: Actor, r: SessionRecord): boolean;
  /** True, or why not now (a 409 when `who` holds). */
  available(actor: Actor, r: SessionRecord, now: Date): true | string;
  /** What opening and closing write; the other steps are written by their own services (votes.ts, elections.ts …). */
  run?(tx: ScopedTx, session: CongressSession): Promise<Partial<CongressSession>>;
}

export const NOT_YOURS = "您无权执行此操作";
const manages = (actor: Actor, r: SessionRecord) => can(actor, "session.manage", { townshipId: r.townshipId });
const step = (s: Omit<SessionStep, "available"> & { when(r: SessionRecord): true | string }): SessionStep => ({
  ...s,
  available: (actor, r) => (s.who(actor, r) ? s.when(r) : NOT_YOURS),
});
const sitting = (r: SessionRecord, what: string): true | string =>
  r.status === "IN_PROGRESS"
    ? true
    : r.status === "PREPARING"
      ? `会议尚未开幕，不能${what}`
      : `会议已闭会，不能${what}`;

export const SESSION_STEPS: Record<SessionStepName, SessionStep> = {
  /** 开幕: the office, from preparation, only with two thirds of the sitting deputies present (地方组织法 Art. 14). */
  open: step({
    name: "open",
    label: "开幕",
    who: (actor, r) => manages(actor, r) && actor.role === "OFFICE",
    when: (r) => (r.status === "PREPARING" ? true : "只有筹备中的会议可以开幕"),
    run: async (tx, session) => {
      const p = await presence(tx, session);
      if (!p.quorum)
        throw conflict(
          `出席代表 ${p.present} 名，未达到在任代表 ${p.sitting} 名的三分之二（至少 ${p.required} 名），不能开幕`,
        );
      // The roll and 应到 are frozen now: later roster changes do not touch this session (roll.ts).
      const sittingAtOpening = await freezeRoll(tx, session);
      return { status: "IN_PROGRESS", openedAt: new Date(), sittingAtOpening };
    },
  }),
  /** 闭会: the office or the chair; the session is archived, later edits are marked in the audit trail. */
  close: step({
    name: "close",
    label: "闭会",
    who: (actor, r) => can(actor, "session.close", { townshipId: r.townshipId }),
    when: (r) => (r.status === "IN_PROGRESS" ? true : "只有召开中的会议可以闭会"),
    run: async () => ({ status: "CLOSED", closedAt: new Date() }),
  }),
  /** The office keeps the record — checklist, agenda, documents, roll, minutes — before, during and after (audited as such). */
  edit: step({ name: "edit", label: "编辑会议资料", who: manages, when: () => true }),
  /** 表决: recorded while the session sits. */
  vote: step({ name: "vote", label: "登记表决", who: manages, when: (r) => sitting(r, "表决") }),
  /** 选举: prepared until the session closes. */
  add_election: step({
    name: "add_election",
    label: "新增选举",
    who: manages,
    when: (r) => (r.status === "CLOSED" ? "会议已闭会，不能新增选举" : true),
  }),
  /** 投票选举: a round is counted while the session sits. */
  record_round: step({
    name: "record_round",
    label: "登记投票结果",
    who: manages,
    when: (r) => sitting(r, "投票选举"),
  }),
};

export interface SessionStepView {
  name: SessionStepName;
  label: string;
  open: boolean;
  reason?: string;
}

/** Every step for this actor on this session now, open or with its reason. */
export function sessionStepsFor(actor: Actor, r: SessionRecord, now = new Date()): SessionStepView[] {
  return Object.values(SESSION_STEPS).map((s) => {
    const verdict = s.available(actor, r, now);
    return verdict === true
      ? { name: s.name, label: s.label, open: true }
      : { name: s.name, label: s.label, open: false, reason: verdict };
  });
}

/** For the services that write a step: 409 with the reason when it may not happen now. */
export function assertSessionStep(actor: Actor, name: SessionStepName, r: SessionRecord) {
  const verdict = SESSION_STEPS[name].available(actor, r, new Date());
  if (verdict !== true) throw conflict(verdict);
}

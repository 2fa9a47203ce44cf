// What may happen now to an activity, for whom: the one source the service's checks, the API's `steps`
// and the page's buttons read (docs/architecture.md, "Steps").
import type { Actor } from "@/lib/auth/actor";
import type { Action } from "@/lib/auth/permissions";
import { can } from "@/lib/auth/policy";
import { SUPERVISION_TRANSITION_LABELS } from "@/lib/supervision/labels";
import {
  hasPolls,
  isPlanEditable,
  isRecording,
  nextState,
  takesBallots,
  TRANSITIONS,
  type SupervisionTransition,
} from "@/lib/supervision/rules";

export interface StepRecord {
  townshipId: string;
  state: string;
  kind: string;
  participants: number;
}

const WHO: Record<SupervisionTransition, Action> = {
  approve: "supervision.approve",
  start: "supervision.manage",
  conclude: "supervision.manage",
};

const WRONG_STATE: Record<SupervisionTransition, string> = {
  approve: "只有方案草稿可以批准",
  start: "方案批准后才能开始活动",
  conclude: "活动开始后才能结束",
};

/** `true`, or the Chinese reason it may not be taken now (409). */
export function stepAvailable(step: SupervisionTransition, a: StepRecord): true | string {
  if (!nextState(a.state, step)) return WRONG_STATE[step];
  if (step === "approve" && hasPolls(a.kind) && a.participants === 0)
    return "民主测评须有参加测评的代表：请先在方案中加入参加人员";
  return true;
}

export const mayTake = (actor: Actor, step: SupervisionTransition, a: StepRecord) =>
  can(actor, WHO[step], { townshipId: a.townshipId });

export const whoMayTake = (step: SupervisionTransition) => WHO[step];

/** The steps the actor may take, each open or with the reason it is not. */
export function activitySteps(actor: Actor, a: StepRecord) {
  return TRANSITIONS.filter((s) => mayTake(actor, s, a)).map((name) => {
    const available = stepAvailable(name, a);
    return {
      name,
      label: SUPERVISION_TRANSITION_LABELS[name],
      open: available === true,
      ...(available === true ? {} : { reason: available }),
    };
  });
}

/** What else the actor may do on the page now (the page reads these, never roles or states). */
export function activityAbilities(actor: Actor, a: StepRecord & { participant: boolean; repollOpen?: boolean }) {
  const manage = can(actor, "supervision.manage", { townshipId: a.townshipId });
  const polls = hasPolls(a.kind);
  // Under way, or concluded with a 再测评 open.
  const ballots = takesBallots(a.state, a.repollOpen ? 2 : 1);
  return {
    editPlan: manage && isPlanEditable(a.state),
    recordAttendance: manage && isRecording(a.state),
    manageDocuments: manage && a.state !== "CONCLUDED",
    vote: polls && ballots && a.participant && can(actor, "supervision.vote", { townshipId: a.townshipId }),
    enterPaper: polls && ballots && can(actor, "supervision.enter_paper", { townshipId: a.townshipId }),
    print: polls && a.state !== "DRAFT" && can(actor, "supervision.print", { townshipId: a.townshipId }),
    // The activity report (.docx) is the presidium's oversight reading: the office, chair and presidium.
    report: can(actor, "supervision.figures", { townshipId: a.townshipId }),
  };
}

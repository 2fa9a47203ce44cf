// Supervision's public interface: the only module other domains import from lib/supervision
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it). Inside the domain
// (rectification, opinions, figures, reports) import the files directly.
export {
  EMPTY_TALLY,
  EVALUATION_KINDS,
  addTallies,
  KINDS as SUPERVISION_KINDS,
  hasPolls,
  isEvaluation,
  rateRuleText,
  rateWithFigures,
  reconcile,
  satisfactionRate,
  validBallots,
  type Tally,
} from "@/lib/supervision/rules";
export {
  SUPERVISION_ATTENDANCE_LABELS,
  POLL_CHOICE_LABELS,
  RECTIFICATION_STATE_LABELS,
  SUPERVISION_KIND_LABELS,
  SUPERVISION_STATE_LABELS,
} from "@/lib/supervision/labels";
// The rectification tasks' counts, with the same filter as the list they link to (/rectifications).
export { countRectifications } from "@/lib/supervision/rectification/service";
export {
  pollAnchor,
  supervisionYearFigures,
  type EvaluatedUnit,
  type PollFigure,
  type SupervisionYearFigures,
} from "@/lib/supervision/figures";
export { deputySupervision, type DeputySupervision } from "@/lib/supervision/deputy-participation";

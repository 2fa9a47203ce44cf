// The duty register's public interface: the only module other domains import from lib/duties
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { sixOneCard, sixOneCards, type DeputySixOneCard } from "@/lib/duties/card";
export {
  deputyDutiesRecord,
  deputyDutyCounts,
  type DeputyDutiesRecord,
  type DeputyDutyCounts,
  type RecordEntry,
} from "@/lib/duties/record";
export { dutyYearFigures, type DutyYearFigures } from "@/lib/duties/figures";
export { DUTY_KIND_LABELS, DUTY_STATE_LABELS } from "@/lib/duties/labels";
export { SIX_ONE_LABELS, SIX_ONE_RULE, type SixOneLine } from "@/lib/duties/rules";

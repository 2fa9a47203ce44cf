// Training's public interface: the only module other domains import from lib/training (docs/architecture.md;
// eslint.config.mjs and lib/architecture.test.ts enforce it).
export {
  deputyTrainingRecord,
  deputyTrainingYears,
  type DeputyTrainingItem,
  type DeputyTrainingRecord,
  type DeputyTrainingYear,
} from "@/lib/training/deputy-record";
export type { TrainingTally } from "@/lib/training/rules";
export { ATTENDANCE_LABELS, TRAINING_KIND_LABELS } from "@/lib/training/labels";
export { trainingYearFigures, type TrainingYearFigures } from "@/lib/training/figures";

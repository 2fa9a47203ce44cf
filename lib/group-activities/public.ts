// Group activities' public interface: the only module other domains import from lib/group-activities
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export {
  deputyGroupActivities,
  groupActivityYearFigures,
  type DeputyGroupActivities,
  type GroupActivityYearFigures,
} from "@/lib/group-activities/figures";

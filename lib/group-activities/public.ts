// Group activities' public interface: the only module other domains import from lib/group-activities
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export {
  deputyGroupActivities,
  deputyGroupActivityCounts,
  groupActivityYearFigures,
  type DeputyGroupActivities,
  type DeputyGroupActivityCount,
  type GroupActivityYearFigures,
} from "@/lib/group-activities/figures";

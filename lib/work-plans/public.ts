// The year plan's public interface: the only module other domains import from lib/work-plans
// (dashboards and the annual summary read the progress through workPlanProgress).
export { workPlanProgress, type WorkPlanProgress } from "@/lib/work-plans/progress";
export { PROGRESS_RULES } from "@/lib/work-plans/rules";

// The year plan's public interface: the only module other domains import from lib/work-plans
// (dashboards and the annual summary read the progress through workPlanProgress).
export { workPlanProgress, type WorkPlanProgress } from "@/lib/work-plans/progress";
export { PROGRESS_RULES } from "@/lib/work-plans/rules";
// The records of a module by id or year (the register of documents links to them too: lib/documents).
export { linkableRecords, recordsByKey, recordKey, type LinkableRecord } from "@/lib/work-plans/records";
export { LINKABLE_MODULES, WORK_PLAN_MODULE_LABELS } from "@/lib/work-plans/labels";

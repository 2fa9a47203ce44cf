// The suggestions' public interface: the only module other domains import from lib/suggestions
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { dueTodayCount, reminderCounts } from "@/lib/suggestions/reminders";
export { SUGGESTION_KIND_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
export { unitDeputySql, unitDeputyWhere } from "@/lib/suggestions/unit-deputies";
export { countSuggestions, createSuggestionIn, listSuggestions } from "@/lib/suggestions/service";
export { listUnitInbox } from "@/lib/suggestions/inbox";
export { suggestionFigures, suggestionFiguresOf, type SuggestionFigures } from "@/lib/suggestions/figures";
export { InboxQuery, SuggestionCreateInput, SuggestionListQuery } from "@/lib/suggestions/schema";
// The active categories, for forms of other domains that create a suggestion (a reception day's visitor's issue).
export { categories as suggestionCategories } from "@/lib/suggestions/categories";
// Deputies' suggestions of a year with their outcomes (履职档案) and the valuable ones ("六个一" card).
export {
  VALUABLE_SUGGESTION_RULE,
  deputySuggestions,
  isValuableSuggestion,
  type DeputySuggestion,
} from "@/lib/suggestions/deputy-suggestions";
export { RATING_LABELS, REPLY_CLASS_LABELS } from "@/lib/suggestions/labels";

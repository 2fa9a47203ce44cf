// The roster's public interface: the only module other domains import from the roster
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { sittingCountOn, sittingWhere } from "@/lib/roster/deputies";
export { currentTerm, currentTermOrThrow } from "@/lib/roster/terms";
export { rosterOptions } from "@/lib/roster/options";
export { listDeputies } from "@/lib/roster/deputies";
export { DeputyListQuery } from "@/lib/roster/schema";
export {
  constituencyOrderBy,
  deputyNameOrderBy,
  deputyNameOrderSql,
  groupOrderBy,
  nameOrder,
} from "@/lib/roster/name-order";
export {
  deputyRecordFacts,
  publicationRoll,
  publicationRollIds,
  type DeputyRecordFacts,
} from "@/lib/roster/record-facts";
export { GENDER_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";

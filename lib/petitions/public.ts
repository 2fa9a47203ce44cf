// The petitions' public interface: the only module other domains import from lib/petitions
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it). Reception days turn
// a visitor's issue into a petition with `createPetition` (in their own transaction: `opts.tx`).
export { createPetition, type CreatePetitionOptions, type CreatedPetition } from "@/lib/petitions/service";
export { PetitionCreateInput, type PetitionCreateData } from "@/lib/petitions/schema";
export { loadPetition, visiblePetitionWhere } from "@/lib/petitions/access";
export { PETITION_CATEGORY_LABELS, PETITION_CHANNEL_LABELS, PETITION_STATE_LABELS } from "@/lib/petitions/labels";
export { PETITION_CATEGORIES } from "@/lib/petitions/labels";
// The year's figures (annual summary, drafted reports) and the resolved cases a drafted report cites.
export {
  petitionYearFigures,
  resolvedPetitionExamples,
  type PetitionYearFigures,
  type ResolvedExample,
} from "@/lib/petitions/figures";
// The landing pages' petition counts: the same filter as the list each card opens (lib/petitions/list.ts).
export { countPetitions } from "@/lib/petitions/list";
// The outcomes the list filters by, for the dashboards (lib/dashboard).
export { PETITION_OUTCOME_LABELS, type PetitionOutcome } from "@/lib/petitions/labels";

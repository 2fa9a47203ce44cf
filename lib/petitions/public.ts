// The petitions' public interface: what other domains may use of lib/petitions (docs/architecture.md) — a
// reception day turns a visitor's issue into a petition through createPetition, in its own transaction.
export { createPetition, type CreatedPetition, type CreatePetitionOptions } from "@/lib/petitions/service";
export type { PetitionCreateData } from "@/lib/petitions/schema";
export { PETITION_CATEGORIES, PETITION_CATEGORY_LABELS } from "@/lib/petitions/labels";

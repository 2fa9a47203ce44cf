-- DropIndex
DROP INDEX "SuggestionAssignment_townshipId_unitId_active_idx";

-- CreateIndex
CREATE INDEX "Suggestion_townshipId_awaitingSignOff_state_idx" ON "Suggestion"("townshipId", "awaitingSignOff", "state");

-- CreateIndex
CREATE INDEX "SuggestionAssignment_townshipId_unitId_active_suggestionId_idx" ON "SuggestionAssignment"("townshipId", "unitId", "active", "suggestionId");


-- Extended statistics (hand-written, named *_manual like 20261123082000_township_statistics): a unit belongs to one
-- township, so "townshipId = … AND unitId = …" is no narrower than the unit alone. Without these the planner guessed
-- the busiest unit's 533 petition assignments at 25 and looked each petition up by key to find its 9 open ones.
CREATE STATISTICS "PetitionAssignment_township_unit_manual" (dependencies) ON "townshipId", "unitId" FROM "PetitionAssignment";
CREATE STATISTICS "RectificationTask_township_unit_manual" (dependencies) ON "townshipId", "unitId" FROM "RectificationTask";

-- CreateIndex
CREATE INDEX "Suggestion_townshipId_createdAt_id_idx" ON "Suggestion"("townshipId", "createdAt" DESC, "id");


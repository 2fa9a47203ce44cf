-- CreateIndex
CREATE INDEX "PetitionAssignment_unitId_active_idx" ON "PetitionAssignment"("unitId", "active");


-- AlterTable
ALTER TABLE "AuditLog" ADD COLUMN     "reason" VARCHAR(500);

-- AlterTable
ALTER TABLE "DeputyStatusChange" ADD COLUMN     "correctsId" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "DeputyStatusChange_correctsId_key" ON "DeputyStatusChange"("correctsId");


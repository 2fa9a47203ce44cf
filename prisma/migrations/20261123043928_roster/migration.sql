-- CreateEnum
CREATE TYPE "JoinMethod" AS ENUM ('ELECTION', 'BY_ELECTION');

-- AlterTable
ALTER TABLE "Deputy" ADD COLUMN     "joinMethod" "JoinMethod" NOT NULL DEFAULT 'ELECTION',
ADD COLUMN     "leftDate" DATE;

-- AlterTable
ALTER TABLE "RepresentativeGroup" ADD COLUMN     "leaderId" UUID,
ADD COLUMN     "liaisonName" VARCHAR(50),
ADD COLUMN     "liaisonPhone" VARCHAR(20),
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "DeputyStatusChange" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "status" "DeputyStatus" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "reason" VARCHAR(500),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeputyStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresidiumLink" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PresidiumLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupStandardCheck" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "checkedOn" DATE NOT NULL,
    "items" VARCHAR(16)[],
    "note" VARCHAR(500),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupStandardCheck_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeputyStatusChange_deputyId_effectiveDate_idx" ON "DeputyStatusChange"("deputyId", "effectiveDate");

-- CreateIndex
CREATE INDEX "DeputyStatusChange_townshipId_idx" ON "DeputyStatusChange"("townshipId");

-- CreateIndex
CREATE INDEX "PresidiumLink_townshipId_deputyId_idx" ON "PresidiumLink"("townshipId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "PresidiumLink_memberId_deputyId_key" ON "PresidiumLink"("memberId", "deputyId");

-- CreateIndex
CREATE INDEX "GroupStandardCheck_groupId_checkedOn_idx" ON "GroupStandardCheck"("groupId", "checkedOn");

-- CreateIndex
CREATE INDEX "GroupStandardCheck_townshipId_idx" ON "GroupStandardCheck"("townshipId");

-- CreateIndex
CREATE INDEX "Deputy_townshipId_termId_name_idx" ON "Deputy"("townshipId", "termId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Deputy_termId_idNumber_key" ON "Deputy"("termId", "idNumber");

-- AddForeignKey
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyStatusChange" ADD CONSTRAINT "DeputyStatusChange_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumLink" ADD CONSTRAINT "PresidiumLink_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumLink" ADD CONSTRAINT "PresidiumLink_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumLink" ADD CONSTRAINT "PresidiumLink_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepresentativeGroup" ADD CONSTRAINT "RepresentativeGroup_leaderId_fkey" FOREIGN KEY ("leaderId") REFERENCES "Deputy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStandardCheck" ADD CONSTRAINT "GroupStandardCheck_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupStandardCheck" ADD CONSTRAINT "GroupStandardCheck_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RepresentativeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Exactly one current term per township. Prisma cannot express a partial unique index; objects whose
-- names end in "_manual" exist only in migrations and the drift test leaves them out.
CREATE UNIQUE INDEX "Term_one_current_per_township_manual" ON "Term"("townshipId") WHERE "isCurrent";

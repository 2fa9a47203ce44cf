-- CreateEnum
CREATE TYPE "WorkPlanState" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "WorkPlanModule" AS ENUM ('SESSION', 'PRESIDIUM_MEETING', 'SUPERVISION', 'SUGGESTION', 'PETITION', 'RECEPTION', 'TRAINING', 'GROUP_ACTIVITY', 'DUTY', 'PUBLICITY', 'OTHER');

-- CreateEnum
CREATE TYPE "WorkPlanItemStatus" AS ENUM ('PLANNED', 'IN_PROGRESS', 'DONE', 'DROPPED');

-- CreateEnum
CREATE TYPE "DocumentDirection" AS ENUM ('INCOMING', 'OUTGOING');

-- AlterTable
ALTER TABLE "Township" ADD COLUMN     "countyId" UUID;

-- CreateTable
CREATE TABLE "County" (
    "id" UUID NOT NULL,
    "code" VARCHAR(32) NOT NULL,
    "name" VARCHAR(100) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "County_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPlan" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "preamble" TEXT,
    "state" "WorkPlanState" NOT NULL DEFAULT 'DRAFT',
    "approvedOn" DATE,
    "approvalNote" VARCHAR(500),
    "approvedById" UUID,
    "draftedFromId" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPlanItem" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "month" INTEGER,
    "title" VARCHAR(200) NOT NULL,
    "content" TEXT,
    "responsible" VARCHAR(100) NOT NULL,
    "module" "WorkPlanModule" NOT NULL,
    "status" "WorkPlanItemStatus" NOT NULL DEFAULT 'PLANNED',
    "statusNote" VARCHAR(500),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WorkPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkPlanItemLink" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "itemId" UUID NOT NULL,
    "module" "WorkPlanModule" NOT NULL,
    "recordId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkPlanItemLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRecord" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "direction" "DocumentDirection" NOT NULL,
    "year" INTEGER NOT NULL,
    "serial" INTEGER NOT NULL,
    "docNumber" VARCHAR(100),
    "date" DATE NOT NULL,
    "counterpart" VARCHAR(200) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "handling" VARCHAR(1000),
    "handledOn" DATE,
    "category" VARCHAR(32) NOT NULL,
    "filename" VARCHAR(200),
    "mimeType" VARCHAR(100),
    "size" INTEGER,
    "sha256" CHAR(64),
    "storageKey" VARCHAR(200),
    "createdById" UUID,
    "enteredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DocumentRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentRecordLink" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "module" "WorkPlanModule" NOT NULL,
    "recordId" UUID NOT NULL,

    CONSTRAINT "DocumentRecordLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicityItem" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" VARCHAR(40) NOT NULL,
    "title" VARCHAR(300) NOT NULL,
    "outlet" VARCHAR(200) NOT NULL,
    "sentOn" DATE NOT NULL,
    "publishedOn" DATE,
    "points" DECIMAL(6,1) NOT NULL,
    "author" VARCHAR(100),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PublicityItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "County_code_key" ON "County"("code");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPlan_townshipId_year_key" ON "WorkPlan"("townshipId", "year");

-- CreateIndex
CREATE INDEX "WorkPlanItem_planId_position_idx" ON "WorkPlanItem"("planId", "position");

-- CreateIndex
CREATE INDEX "WorkPlanItem_townshipId_idx" ON "WorkPlanItem"("townshipId");

-- CreateIndex
CREATE INDEX "WorkPlanItemLink_townshipId_module_recordId_idx" ON "WorkPlanItemLink"("townshipId", "module", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "WorkPlanItemLink_itemId_module_recordId_key" ON "WorkPlanItemLink"("itemId", "module", "recordId");

-- CreateIndex
CREATE INDEX "DocumentRecord_townshipId_year_date_idx" ON "DocumentRecord"("townshipId", "year", "date");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRecord_townshipId_direction_year_serial_key" ON "DocumentRecord"("townshipId", "direction", "year", "serial");

-- CreateIndex
CREATE INDEX "DocumentRecordLink_townshipId_module_recordId_idx" ON "DocumentRecordLink"("townshipId", "module", "recordId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentRecordLink_documentId_module_recordId_key" ON "DocumentRecordLink"("documentId", "module", "recordId");

-- CreateIndex
CREATE INDEX "PublicityItem_townshipId_year_idx" ON "PublicityItem"("townshipId", "year");

-- AddForeignKey
ALTER TABLE "Township" ADD CONSTRAINT "Township_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlan" ADD CONSTRAINT "WorkPlan_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlanItem" ADD CONSTRAINT "WorkPlanItem_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlanItem" ADD CONSTRAINT "WorkPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "WorkPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlanItemLink" ADD CONSTRAINT "WorkPlanItemLink_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkPlanItemLink" ADD CONSTRAINT "WorkPlanItemLink_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "WorkPlanItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecord" ADD CONSTRAINT "DocumentRecord_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecordLink" ADD CONSTRAINT "DocumentRecordLink_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentRecordLink" ADD CONSTRAINT "DocumentRecordLink_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "DocumentRecord"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicityItem" ADD CONSTRAINT "PublicityItem_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


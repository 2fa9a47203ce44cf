-- CreateEnum
CREATE TYPE "SuggestionKind" AS ENUM ('SUGGESTION', 'MOTION');

-- CreateEnum
CREATE TYPE "SuggestionState" AS ENUM ('DRAFT', 'SUBMITTED', 'REGISTERED', 'ASSIGNED', 'REPLIED', 'RATED', 'CLOSED', 'WITHDRAWN', 'MERGED', 'REHANDLING');

-- CreateEnum
CREATE TYPE "ReplyClass" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "SatisfactionRating" AS ENUM ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED');

-- CreateEnum
CREATE TYPE "MotionDecision" AS ENUM ('PLACE_ON_AGENDA', 'HANDLE_AS_SUGGESTION');

-- CreateTable
CREATE TABLE "SuggestionCategory" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "name" VARCHAR(30) NOT NULL,
    "position" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "SuggestionCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Suggestion" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "kind" "SuggestionKind" NOT NULL DEFAULT 'SUGGESTION',
    "title" VARCHAR(100) NOT NULL,
    "content" TEXT NOT NULL,
    "categoryId" UUID NOT NULL,
    "sessionId" UUID,
    "state" "SuggestionState" NOT NULL DEFAULT 'DRAFT',
    "year" INTEGER NOT NULL,
    "number" VARCHAR(20),
    "seq" INTEGER,
    "broad" BOOLEAN NOT NULL DEFAULT false,
    "leadUnitId" UUID,
    "assignedOn" DATE,
    "deadline" DATE,
    "delayedTo" DATE,
    "repliedOn" DATE,
    "signedOffAt" TIMESTAMPTZ(3),
    "signedOffById" UUID,
    "motionDecision" "MotionDecision",
    "motionDecisionNote" VARCHAR(1000),
    "mergedIntoId" UUID,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Suggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionProposer" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "SuggestionProposer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionAssignment" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "lead" BOOLEAN NOT NULL,
    "assignedOn" DATE NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "returnedAt" TIMESTAMPTZ(3),
    "returnReason" VARCHAR(1000),

    CONSTRAINT "SuggestionAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SuggestionEvent" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "type" VARCHAR(32) NOT NULL,
    "fromState" "SuggestionState",
    "toState" "SuggestionState",
    "actorUserId" UUID,
    "unitId" UUID,
    "note" TEXT,
    "replyClass" "ReplyClass",
    "rating" "SatisfactionRating",
    "date" DATE,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "deputyId" UUID,
    "unitId" UUID,
    "suggestionId" UUID,
    "message" VARCHAR(300) NOT NULL,
    "readAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionCategory_townshipId_name_key" ON "SuggestionCategory"("townshipId", "name");

-- CreateIndex
CREATE INDEX "Suggestion_townshipId_year_state_idx" ON "Suggestion"("townshipId", "year", "state");

-- CreateIndex
CREATE INDEX "Suggestion_townshipId_leadUnitId_state_idx" ON "Suggestion"("townshipId", "leadUnitId", "state");

-- CreateIndex
CREATE INDEX "Suggestion_townshipId_deadline_idx" ON "Suggestion"("townshipId", "deadline");

-- CreateIndex
CREATE UNIQUE INDEX "Suggestion_townshipId_number_key" ON "Suggestion"("townshipId", "number");

-- CreateIndex
CREATE INDEX "SuggestionProposer_townshipId_deputyId_idx" ON "SuggestionProposer"("townshipId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "SuggestionProposer_suggestionId_deputyId_key" ON "SuggestionProposer"("suggestionId", "deputyId");

-- CreateIndex
CREATE INDEX "SuggestionAssignment_townshipId_unitId_active_idx" ON "SuggestionAssignment"("townshipId", "unitId", "active");

-- CreateIndex
CREATE INDEX "SuggestionAssignment_suggestionId_idx" ON "SuggestionAssignment"("suggestionId");

-- CreateIndex
CREATE INDEX "SuggestionEvent_suggestionId_createdAt_idx" ON "SuggestionEvent"("suggestionId", "createdAt");

-- CreateIndex
CREATE INDEX "SuggestionEvent_townshipId_type_createdAt_idx" ON "SuggestionEvent"("townshipId", "type", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_townshipId_deputyId_readAt_idx" ON "Notification"("townshipId", "deputyId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_townshipId_unitId_readAt_idx" ON "Notification"("townshipId", "unitId", "readAt");

-- AddForeignKey
ALTER TABLE "SuggestionCategory" ADD CONSTRAINT "SuggestionCategory_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "SuggestionCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Suggestion" ADD CONSTRAINT "Suggestion_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionProposer" ADD CONSTRAINT "SuggestionProposer_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionProposer" ADD CONSTRAINT "SuggestionProposer_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionProposer" ADD CONSTRAINT "SuggestionProposer_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAssignment" ADD CONSTRAINT "SuggestionAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionEvent" ADD CONSTRAINT "SuggestionEvent_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- CreateEnum
CREATE TYPE "SupervisionKind" AS ENUM ('WORK_EVALUATION', 'DUTY_EVALUATION', 'CONDUCT_EVALUATION', 'LAW_INSPECTION', 'SITE_VISIT', 'RESEARCH', 'REPORT_HEARING', 'BUDGET_REVIEW', 'SUGGESTION_HANDLING_POLL');

-- CreateEnum
CREATE TYPE "SupervisionState" AS ENUM ('DRAFT', 'APPROVED', 'UNDER_WAY', 'CONCLUDED');

-- CreateEnum
CREATE TYPE "SupervisionAttendance" AS ENUM ('PRESENT', 'LEAVE', 'ABSENT');

-- CreateEnum
CREATE TYPE "SupervisionDocumentKind" AS ENUM ('PLAN', 'REPORT', 'PHOTO', 'OTHER');

-- CreateEnum
CREATE TYPE "RectificationState" AS ENUM ('ASSIGNED', 'REPORTED', 'RETURNED', 'ACCEPTED');

-- CreateTable
CREATE TABLE "SupervisionActivity" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "SupervisionKind" NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "purpose" TEXT,
    "scope" TEXT,
    "method" TEXT,
    "lawName" VARCHAR(100),
    "places" TEXT,
    "preSession" BOOLEAN NOT NULL DEFAULT false,
    "sessionId" UUID,
    "presidiumMeetingId" UUID,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "state" "SupervisionState" NOT NULL DEFAULT 'DRAFT',
    "approvedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "partyConsentOn" DATE,
    "partyConsentNote" VARCHAR(500),
    "startedAt" TIMESTAMPTZ(3),
    "concludedOn" DATE,
    "summary" TEXT,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupervisionActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionTarget" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "unitId" UUID,
    "officialName" VARCHAR(50),
    "officialPost" VARCHAR(100),
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionTarget_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionParticipant" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "presidiumMember" BOOLEAN NOT NULL DEFAULT false,
    "attendance" "SupervisionAttendance",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionPoll" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "targetId" UUID,
    "round" INTEGER NOT NULL DEFAULT 1,
    "closedAt" TIMESTAMPTZ(3),
    "paperSatisfied" INTEGER NOT NULL DEFAULT 0,
    "paperBasic" INTEGER NOT NULL DEFAULT 0,
    "paperUnsatisfied" INTEGER NOT NULL DEFAULT 0,
    "paperInvalid" INTEGER NOT NULL DEFAULT 0,
    "paperEnteredAt" TIMESTAMPTZ(3),
    "paperEnteredById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionPoll_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionBallot" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "choice" "SatisfactionRating" NOT NULL,

    CONSTRAINT "SupervisionBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionPollVoter" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "pollId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "SupervisionPollVoter_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionFinding" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "targetId" UUID,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionFinding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewOpinion" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "sentOn" DATE,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewOpinion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationTask" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "opinionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "number" VARCHAR(20),
    "assignedOn" DATE NOT NULL,
    "dueDate" DATE NOT NULL,
    "state" "RectificationState" NOT NULL DEFAULT 'ASSIGNED',
    "acceptedOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RectificationTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationReport" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "text" TEXT NOT NULL,
    "submittedOn" DATE NOT NULL,
    "submittedById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "accepted" BOOLEAN,
    "reviewNote" VARCHAR(1000),
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationAttachment" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RectificationEvent" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "taskId" UUID NOT NULL,
    "type" VARCHAR(32) NOT NULL,
    "note" TEXT,
    "actorUserId" UUID,
    "occurredOn" DATE,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RectificationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionDocument" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "kind" "SupervisionDocumentKind" NOT NULL DEFAULT 'OTHER',
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupervisionDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupervisionSuggestion" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,

    CONSTRAINT "SupervisionSuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SupervisionActivity_townshipId_year_kind_idx" ON "SupervisionActivity"("townshipId", "year", "kind");

-- CreateIndex
CREATE INDEX "SupervisionActivity_townshipId_state_idx" ON "SupervisionActivity"("townshipId", "state");

-- CreateIndex
CREATE INDEX "SupervisionTarget_activityId_position_idx" ON "SupervisionTarget"("activityId", "position");

-- CreateIndex
CREATE INDEX "SupervisionTarget_townshipId_unitId_idx" ON "SupervisionTarget"("townshipId", "unitId");

-- CreateIndex
CREATE INDEX "SupervisionParticipant_townshipId_deputyId_idx" ON "SupervisionParticipant"("townshipId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionParticipant_activityId_deputyId_key" ON "SupervisionParticipant"("activityId", "deputyId");

-- CreateIndex
CREATE INDEX "SupervisionPoll_townshipId_idx" ON "SupervisionPoll"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionPoll_activityId_targetId_round_key" ON "SupervisionPoll"("activityId", "targetId", "round");

-- CreateIndex
CREATE INDEX "SupervisionBallot_pollId_idx" ON "SupervisionBallot"("pollId");

-- CreateIndex
CREATE INDEX "SupervisionPollVoter_townshipId_idx" ON "SupervisionPollVoter"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionPollVoter_pollId_deputyId_key" ON "SupervisionPollVoter"("pollId", "deputyId");

-- CreateIndex
CREATE INDEX "SupervisionFinding_activityId_position_idx" ON "SupervisionFinding"("activityId", "position");

-- CreateIndex
CREATE INDEX "SupervisionFinding_townshipId_idx" ON "SupervisionFinding"("townshipId");

-- CreateIndex
CREATE INDEX "ReviewOpinion_activityId_position_idx" ON "ReviewOpinion"("activityId", "position");

-- CreateIndex
CREATE INDEX "ReviewOpinion_townshipId_unitId_idx" ON "ReviewOpinion"("townshipId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "RectificationTask_opinionId_key" ON "RectificationTask"("opinionId");

-- CreateIndex
CREATE INDEX "RectificationTask_townshipId_unitId_state_idx" ON "RectificationTask"("townshipId", "unitId", "state");

-- CreateIndex
CREATE INDEX "RectificationTask_townshipId_dueDate_idx" ON "RectificationTask"("townshipId", "dueDate");

-- CreateIndex
CREATE UNIQUE INDEX "RectificationTask_townshipId_number_key" ON "RectificationTask"("townshipId", "number");

-- CreateIndex
CREATE INDEX "RectificationReport_taskId_createdAt_idx" ON "RectificationReport"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "RectificationReport_townshipId_idx" ON "RectificationReport"("townshipId");

-- CreateIndex
CREATE INDEX "RectificationAttachment_reportId_idx" ON "RectificationAttachment"("reportId");

-- CreateIndex
CREATE INDEX "RectificationAttachment_townshipId_idx" ON "RectificationAttachment"("townshipId");

-- CreateIndex
CREATE INDEX "RectificationEvent_taskId_createdAt_idx" ON "RectificationEvent"("taskId", "createdAt");

-- CreateIndex
CREATE INDEX "RectificationEvent_townshipId_type_createdAt_idx" ON "RectificationEvent"("townshipId", "type", "createdAt");

-- CreateIndex
CREATE INDEX "SupervisionDocument_activityId_createdAt_idx" ON "SupervisionDocument"("activityId", "createdAt");

-- CreateIndex
CREATE INDEX "SupervisionDocument_townshipId_idx" ON "SupervisionDocument"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "SupervisionSuggestion_suggestionId_key" ON "SupervisionSuggestion"("suggestionId");

-- CreateIndex
CREATE INDEX "SupervisionSuggestion_activityId_idx" ON "SupervisionSuggestion"("activityId");

-- CreateIndex
CREATE INDEX "SupervisionSuggestion_townshipId_idx" ON "SupervisionSuggestion"("townshipId");

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionActivity" ADD CONSTRAINT "SupervisionActivity_presidiumMeetingId_fkey" FOREIGN KEY ("presidiumMeetingId") REFERENCES "PresidiumMeeting"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTarget" ADD CONSTRAINT "SupervisionTarget_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTarget" ADD CONSTRAINT "SupervisionTarget_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionTarget" ADD CONSTRAINT "SupervisionTarget_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionParticipant" ADD CONSTRAINT "SupervisionParticipant_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPoll" ADD CONSTRAINT "SupervisionPoll_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPoll" ADD CONSTRAINT "SupervisionPoll_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPoll" ADD CONSTRAINT "SupervisionPoll_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "SupervisionTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionBallot" ADD CONSTRAINT "SupervisionBallot_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionBallot" ADD CONSTRAINT "SupervisionBallot_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "SupervisionPoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPollVoter" ADD CONSTRAINT "SupervisionPollVoter_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPollVoter" ADD CONSTRAINT "SupervisionPollVoter_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "SupervisionPoll"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionPollVoter" ADD CONSTRAINT "SupervisionPollVoter_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionFinding" ADD CONSTRAINT "SupervisionFinding_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionFinding" ADD CONSTRAINT "SupervisionFinding_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionFinding" ADD CONSTRAINT "SupervisionFinding_targetId_fkey" FOREIGN KEY ("targetId") REFERENCES "SupervisionTarget"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOpinion" ADD CONSTRAINT "ReviewOpinion_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOpinion" ADD CONSTRAINT "ReviewOpinion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewOpinion" ADD CONSTRAINT "ReviewOpinion_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_opinionId_fkey" FOREIGN KEY ("opinionId") REFERENCES "ReviewOpinion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationTask" ADD CONSTRAINT "RectificationTask_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationReport" ADD CONSTRAINT "RectificationReport_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationReport" ADD CONSTRAINT "RectificationReport_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "RectificationTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationAttachment" ADD CONSTRAINT "RectificationAttachment_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationAttachment" ADD CONSTRAINT "RectificationAttachment_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "RectificationReport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RectificationEvent" ADD CONSTRAINT "RectificationEvent_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "RectificationTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionDocument" ADD CONSTRAINT "SupervisionDocument_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionDocument" ADD CONSTRAINT "SupervisionDocument_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSuggestion" ADD CONSTRAINT "SupervisionSuggestion_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSuggestion" ADD CONSTRAINT "SupervisionSuggestion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupervisionSuggestion" ADD CONSTRAINT "SupervisionSuggestion_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;


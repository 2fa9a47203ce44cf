-- CreateEnum
CREATE TYPE "TrainingPlanKind" AS ENUM ('YEAR', 'TERM');

-- CreateEnum
CREATE TYPE "TrainingPlanState" AS ENUM ('DRAFT', 'APPROVED');

-- CreateEnum
CREATE TYPE "TrainingKind" AS ENUM ('INITIAL', 'DUTY', 'THEMATIC', 'CENTRAL', 'STUDY_TOUR', 'SELF_STUDY');

-- CreateEnum
CREATE TYPE "TrainingAttendance" AS ENUM ('PRESENT', 'LEAVE', 'ABSENT');

-- CreateEnum
CREATE TYPE "LeaveRequestState" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateEnum
CREATE TYPE "DutyKind" AS ENUM ('VOTER_CONTACT', 'VOTER_FORUM', 'POVERTY_HELP', 'DISPUTE_MEDIATION', 'PRACTICAL_THING', 'REPORT_TO_VOTERS', 'HARDSHIP_VISIT', 'OTHER');

-- CreateEnum
CREATE TYPE "DutyEntryState" AS ENUM ('SUBMITTED', 'VERIFIED', 'RETURNED');

-- CreateEnum
CREATE TYPE "PetitionChannel" AS ENUM ('LETTER', 'VISIT', 'PHONE', 'ONLINE', 'COUNTY_TRANSFER');

-- CreateEnum
CREATE TYPE "PetitionCategory" AS ENUM ('SUGGESTION_OPINION', 'ACCUSATION', 'APPEAL_CLAIM');

-- CreateEnum
CREATE TYPE "PetitionIntake" AS ENUM ('ACCEPT', 'FORWARD', 'REDIRECT', 'DUPLICATE');

-- CreateEnum
CREATE TYPE "PetitionState" AS ENUM ('REGISTERED', 'PROPOSED', 'APPROVED', 'TRANSFERRED', 'ANSWERED', 'REPORTED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PetitionDecision" AS ENUM ('SUPPORT', 'EXPLAIN', 'NOT_SUPPORT');

-- CreateEnum
CREATE TYPE "PetitionReviewLevel" AS ENUM ('REVIEW', 'RE_REVIEW');

-- CreateTable
CREATE TABLE "TrainingPlan" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "kind" "TrainingPlanKind" NOT NULL,
    "year" INTEGER,
    "title" VARCHAR(100) NOT NULL,
    "guidingIdeas" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "audienceLevels" VARCHAR(16)[],
    "audienceNote" VARCHAR(500),
    "content" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "state" "TrainingPlanState" NOT NULL DEFAULT 'DRAFT',
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrainingPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingPlanGroup" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "groupId" UUID NOT NULL,

    CONSTRAINT "TrainingPlanGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingPlanItem" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "planId" UUID NOT NULL,
    "quarter" INTEGER,
    "year" INTEGER,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "TrainingPlanItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingSession" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "planId" UUID,
    "kind" "TrainingKind" NOT NULL,
    "title" VARCHAR(100) NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "days" DECIMAL(4,1) NOT NULL,
    "place" VARCHAR(200),
    "teacher" VARCHAR(100),
    "materials" TEXT,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TrainingSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingEnrolment" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "attendance" "TrainingAttendance",
    "score" INTEGER,
    "reflection" TEXT,
    "assessedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingEnrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TrainingLeaveRequest" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "requestedOn" DATE NOT NULL,
    "state" "LeaveRequestState" NOT NULL DEFAULT 'PENDING',
    "decidedById" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "decisionNote" VARCHAR(500),
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrainingLeaveRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivityPlan" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "quarter" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GroupActivityPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivity" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "groupId" UUID NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" VARCHAR(200),
    "topic" VARCHAR(200) NOT NULL,
    "content" TEXT NOT NULL,
    "record" TEXT,
    "summary" TEXT,
    "followUp" TEXT,
    "createdById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GroupActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivityAttendee" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,

    CONSTRAINT "GroupActivityAttendee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivityPhoto" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupActivityPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GroupActivitySuggestion" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "activityId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,

    CONSTRAINT "GroupActivitySuggestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyDuty" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "kind" "DutyKind" NOT NULL,
    "occurredOn" DATE NOT NULL,
    "description" VARCHAR(1000) NOT NULL,
    "voters" INTEGER,
    "households" INTEGER,
    "persons" INTEGER,
    "incomeRaised" DECIMAL(12,2),
    "state" "DutyEntryState" NOT NULL DEFAULT 'SUBMITTED',
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMPTZ(3),
    "returnReason" VARCHAR(500),
    "createdById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "DeputyDuty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DeputyDutyPhoto" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "dutyId" UUID NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeputyDutyPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VoterReport" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "scheduledOn" DATE NOT NULL,
    "place" VARCHAR(200),
    "heldOn" DATE,
    "votersPresent" INTEGER,
    "satisfied" INTEGER,
    "basic" INTEGER,
    "unsatisfied" INTEGER,
    "invalid" INTEGER,
    "ratedAt" TIMESTAMPTZ(3),
    "ratedById" UUID,
    "note" VARCHAR(500),
    "createdById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VoterReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DutyRecordPublication" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "publishedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedById" UUID,
    "withdrawnAt" TIMESTAMPTZ(3),

    CONSTRAINT "DutyRecordPublication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Petition" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "number" VARCHAR(20),
    "channel" "PetitionChannel" NOT NULL,
    "sourceDocNo" VARCHAR(50),
    "sourceDocDate" DATE,
    "receivedOn" DATE NOT NULL,
    "subject" VARCHAR(200) NOT NULL,
    "content" TEXT NOT NULL,
    "category" "PetitionCategory" NOT NULL,
    "collective" BOOLEAN NOT NULL DEFAULT false,
    "visitorCount" INTEGER,
    "accusedUnitId" UUID,
    "accusedName" VARCHAR(100),
    "state" "PetitionState" NOT NULL DEFAULT 'REGISTERED',
    "intake" "PetitionIntake",
    "forwardedTo" VARCHAR(100),
    "acceptedOn" DATE,
    "notifiedOn" DATE,
    "noticeWaivedReason" VARCHAR(200),
    "proposal" TEXT,
    "proposedById" UUID,
    "proposedAt" TIMESTAMPTZ(3),
    "approvedById" UUID,
    "approvedAt" TIMESTAMPTZ(3),
    "approvalNote" VARCHAR(500),
    "dueDate" DATE,
    "extensionDays" INTEGER,
    "extensionReason" VARCHAR(500),
    "extensionApprovedById" UUID,
    "extensionApprovedOn" DATE,
    "extensionNotifiedOn" DATE,
    "reportedOn" DATE,
    "reportNumber" VARCHAR(50),
    "closedOn" DATE,
    "resolved" BOOLEAN,
    "satisfaction" "SatisfactionRating",
    "returnVisitOn" DATE,
    "returnVisitNote" VARCHAR(1000),
    "duplicateOfId" UUID,
    "receptionVisitId" UUID,
    "receivedByDeputyId" UUID,
    "createdById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Petition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Petitioner" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "phone" VARCHAR(20),
    "idNumber" VARCHAR(18),
    "address" VARCHAR(200),
    "representative" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Petitioner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionAssignment" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "lead" BOOLEAN NOT NULL DEFAULT true,
    "assignedOn" DATE NOT NULL,
    "returnBy" DATE,
    "returnedOn" DATE,
    "returnReason" VARCHAR(500),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionReply" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "unitId" UUID,
    "text" TEXT NOT NULL,
    "decision" "PetitionDecision",
    "legalBasis" VARCHAR(500),
    "answeredOn" DATE NOT NULL,
    "answeredById" UUID,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionReply_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionEvent" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "type" VARCHAR(32) NOT NULL,
    "note" TEXT,
    "actorUserId" UUID,
    "occurredOn" DATE,
    "enteredById" UUID,
    "onBehalfOf" VARCHAR(100),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionAttachment" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionReview" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "level" "PetitionReviewLevel" NOT NULL,
    "requestedOn" DATE NOT NULL,
    "body" VARCHAR(100) NOT NULL,
    "answeredOn" DATE,
    "result" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PetitionRecusal" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "petitionId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PetitionRecusal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionDay" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "place" VARCHAR(200),
    "noticePublishedOn" DATE,
    "heldOn" DATE,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "note" VARCHAR(500),
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReceptionDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionDuty" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "receptionDayId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "present" BOOLEAN,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionDuty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReceptionVisit" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "receptionDayId" UUID NOT NULL,
    "visitorName" VARCHAR(50) NOT NULL,
    "phone" VARCHAR(20),
    "address" VARCHAR(200),
    "issue" TEXT NOT NULL,
    "solved" BOOLEAN NOT NULL DEFAULT false,
    "solution" VARCHAR(1000),
    "receivedByDeputyId" UUID,
    "suggestionId" UUID,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReceptionVisit_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainingPlan_townshipId_termId_kind_year_idx" ON "TrainingPlan"("townshipId", "termId", "kind", "year");

-- CreateIndex
CREATE INDEX "TrainingPlanGroup_townshipId_idx" ON "TrainingPlanGroup"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingPlanGroup_planId_groupId_key" ON "TrainingPlanGroup"("planId", "groupId");

-- CreateIndex
CREATE INDEX "TrainingPlanItem_planId_position_idx" ON "TrainingPlanItem"("planId", "position");

-- CreateIndex
CREATE INDEX "TrainingPlanItem_townshipId_idx" ON "TrainingPlanItem"("townshipId");

-- CreateIndex
CREATE INDEX "TrainingSession_townshipId_termId_startDate_idx" ON "TrainingSession"("townshipId", "termId", "startDate");

-- CreateIndex
CREATE INDEX "TrainingEnrolment_townshipId_deputyId_idx" ON "TrainingEnrolment"("townshipId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingEnrolment_sessionId_deputyId_key" ON "TrainingEnrolment"("sessionId", "deputyId");

-- CreateIndex
CREATE INDEX "TrainingLeaveRequest_townshipId_state_idx" ON "TrainingLeaveRequest"("townshipId", "state");

-- CreateIndex
CREATE UNIQUE INDEX "TrainingLeaveRequest_sessionId_deputyId_key" ON "TrainingLeaveRequest"("sessionId", "deputyId");

-- CreateIndex
CREATE INDEX "GroupActivityPlan_townshipId_year_idx" ON "GroupActivityPlan"("townshipId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "GroupActivityPlan_groupId_year_quarter_key" ON "GroupActivityPlan"("groupId", "year", "quarter");

-- CreateIndex
CREATE INDEX "GroupActivity_townshipId_heldOn_idx" ON "GroupActivity"("townshipId", "heldOn");

-- CreateIndex
CREATE INDEX "GroupActivity_groupId_heldOn_idx" ON "GroupActivity"("groupId", "heldOn");

-- CreateIndex
CREATE INDEX "GroupActivityAttendee_townshipId_deputyId_idx" ON "GroupActivityAttendee"("townshipId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupActivityAttendee_activityId_deputyId_key" ON "GroupActivityAttendee"("activityId", "deputyId");

-- CreateIndex
CREATE INDEX "GroupActivityPhoto_activityId_idx" ON "GroupActivityPhoto"("activityId");

-- CreateIndex
CREATE INDEX "GroupActivityPhoto_townshipId_idx" ON "GroupActivityPhoto"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "GroupActivitySuggestion_suggestionId_key" ON "GroupActivitySuggestion"("suggestionId");

-- CreateIndex
CREATE INDEX "GroupActivitySuggestion_activityId_idx" ON "GroupActivitySuggestion"("activityId");

-- CreateIndex
CREATE INDEX "GroupActivitySuggestion_townshipId_idx" ON "GroupActivitySuggestion"("townshipId");

-- CreateIndex
CREATE INDEX "DeputyDuty_townshipId_occurredOn_idx" ON "DeputyDuty"("townshipId", "occurredOn");

-- CreateIndex
CREATE INDEX "DeputyDuty_deputyId_occurredOn_idx" ON "DeputyDuty"("deputyId", "occurredOn");

-- CreateIndex
CREATE INDEX "DeputyDuty_townshipId_state_idx" ON "DeputyDuty"("townshipId", "state");

-- CreateIndex
CREATE INDEX "DeputyDutyPhoto_dutyId_idx" ON "DeputyDutyPhoto"("dutyId");

-- CreateIndex
CREATE INDEX "DeputyDutyPhoto_townshipId_idx" ON "DeputyDutyPhoto"("townshipId");

-- CreateIndex
CREATE INDEX "VoterReport_townshipId_year_idx" ON "VoterReport"("townshipId", "year");

-- CreateIndex
CREATE INDEX "VoterReport_deputyId_year_idx" ON "VoterReport"("deputyId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "DutyRecordPublication_townshipId_year_key" ON "DutyRecordPublication"("townshipId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "Petition_receptionVisitId_key" ON "Petition"("receptionVisitId");

-- CreateIndex
CREATE INDEX "Petition_townshipId_receivedOn_idx" ON "Petition"("townshipId", "receivedOn");

-- CreateIndex
CREATE INDEX "Petition_townshipId_state_dueDate_idx" ON "Petition"("townshipId", "state", "dueDate");

-- CreateIndex
CREATE INDEX "Petition_townshipId_category_receivedOn_idx" ON "Petition"("townshipId", "category", "receivedOn");

-- CreateIndex
CREATE INDEX "Petition_townshipId_channel_receivedOn_idx" ON "Petition"("townshipId", "channel", "receivedOn");

-- CreateIndex
CREATE INDEX "Petition_duplicateOfId_idx" ON "Petition"("duplicateOfId");

-- CreateIndex
CREATE UNIQUE INDEX "Petition_townshipId_number_key" ON "Petition"("townshipId", "number");

-- CreateIndex
CREATE INDEX "Petitioner_petitionId_position_idx" ON "Petitioner"("petitionId", "position");

-- CreateIndex
CREATE INDEX "Petitioner_townshipId_name_idx" ON "Petitioner"("townshipId", "name");

-- CreateIndex
CREATE INDEX "Petitioner_townshipId_idNumber_idx" ON "Petitioner"("townshipId", "idNumber");

-- CreateIndex
CREATE INDEX "PetitionAssignment_petitionId_idx" ON "PetitionAssignment"("petitionId");

-- CreateIndex
CREATE INDEX "PetitionAssignment_townshipId_unitId_active_idx" ON "PetitionAssignment"("townshipId", "unitId", "active");

-- CreateIndex
CREATE INDEX "PetitionReply_petitionId_createdAt_idx" ON "PetitionReply"("petitionId", "createdAt");

-- CreateIndex
CREATE INDEX "PetitionReply_townshipId_idx" ON "PetitionReply"("townshipId");

-- CreateIndex
CREATE INDEX "PetitionEvent_petitionId_createdAt_idx" ON "PetitionEvent"("petitionId", "createdAt");

-- CreateIndex
CREATE INDEX "PetitionEvent_townshipId_type_createdAt_idx" ON "PetitionEvent"("townshipId", "type", "createdAt");

-- CreateIndex
CREATE INDEX "PetitionAttachment_petitionId_createdAt_idx" ON "PetitionAttachment"("petitionId", "createdAt");

-- CreateIndex
CREATE INDEX "PetitionAttachment_townshipId_idx" ON "PetitionAttachment"("townshipId");

-- CreateIndex
CREATE INDEX "PetitionReview_townshipId_idx" ON "PetitionReview"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "PetitionReview_petitionId_level_key" ON "PetitionReview"("petitionId", "level");

-- CreateIndex
CREATE INDEX "PetitionRecusal_townshipId_userId_idx" ON "PetitionRecusal"("townshipId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "PetitionRecusal_petitionId_userId_key" ON "PetitionRecusal"("petitionId", "userId");

-- CreateIndex
CREATE INDEX "ReceptionDay_townshipId_year_idx" ON "ReceptionDay"("townshipId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionDay_townshipId_date_key" ON "ReceptionDay"("townshipId", "date");

-- CreateIndex
CREATE INDEX "ReceptionDuty_townshipId_deputyId_idx" ON "ReceptionDuty"("townshipId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionDuty_receptionDayId_deputyId_key" ON "ReceptionDuty"("receptionDayId", "deputyId");

-- CreateIndex
CREATE UNIQUE INDEX "ReceptionVisit_suggestionId_key" ON "ReceptionVisit"("suggestionId");

-- CreateIndex
CREATE INDEX "ReceptionVisit_receptionDayId_position_idx" ON "ReceptionVisit"("receptionDayId", "position");

-- CreateIndex
CREATE INDEX "ReceptionVisit_townshipId_idx" ON "ReceptionVisit"("townshipId");

-- AddForeignKey
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlan" ADD CONSTRAINT "TrainingPlan_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlanGroup" ADD CONSTRAINT "TrainingPlanGroup_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlanGroup" ADD CONSTRAINT "TrainingPlanGroup_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlanGroup" ADD CONSTRAINT "TrainingPlanGroup_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RepresentativeGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlanItem" ADD CONSTRAINT "TrainingPlanItem_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingPlanItem" ADD CONSTRAINT "TrainingPlanItem_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TrainingPlan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingSession" ADD CONSTRAINT "TrainingSession_planId_fkey" FOREIGN KEY ("planId") REFERENCES "TrainingPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingEnrolment" ADD CONSTRAINT "TrainingEnrolment_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingLeaveRequest" ADD CONSTRAINT "TrainingLeaveRequest_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingLeaveRequest" ADD CONSTRAINT "TrainingLeaveRequest_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "TrainingSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainingLeaveRequest" ADD CONSTRAINT "TrainingLeaveRequest_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityPlan" ADD CONSTRAINT "GroupActivityPlan_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityPlan" ADD CONSTRAINT "GroupActivityPlan_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RepresentativeGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivity" ADD CONSTRAINT "GroupActivity_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "RepresentativeGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityAttendee" ADD CONSTRAINT "GroupActivityAttendee_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityAttendee" ADD CONSTRAINT "GroupActivityAttendee_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "GroupActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityAttendee" ADD CONSTRAINT "GroupActivityAttendee_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityPhoto" ADD CONSTRAINT "GroupActivityPhoto_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivityPhoto" ADD CONSTRAINT "GroupActivityPhoto_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "GroupActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivitySuggestion" ADD CONSTRAINT "GroupActivitySuggestion_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivitySuggestion" ADD CONSTRAINT "GroupActivitySuggestion_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "GroupActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GroupActivitySuggestion" ADD CONSTRAINT "GroupActivitySuggestion_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyDuty" ADD CONSTRAINT "DeputyDuty_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyDuty" ADD CONSTRAINT "DeputyDuty_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyDutyPhoto" ADD CONSTRAINT "DeputyDutyPhoto_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DeputyDutyPhoto" ADD CONSTRAINT "DeputyDutyPhoto_dutyId_fkey" FOREIGN KEY ("dutyId") REFERENCES "DeputyDuty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterReport" ADD CONSTRAINT "VoterReport_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VoterReport" ADD CONSTRAINT "VoterReport_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DutyRecordPublication" ADD CONSTRAINT "DutyRecordPublication_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_accusedUnitId_fkey" FOREIGN KEY ("accusedUnitId") REFERENCES "HandlingUnit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Petition"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_receptionVisitId_fkey" FOREIGN KEY ("receptionVisitId") REFERENCES "ReceptionVisit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petition" ADD CONSTRAINT "Petition_receivedByDeputyId_fkey" FOREIGN KEY ("receivedByDeputyId") REFERENCES "Deputy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petitioner" ADD CONSTRAINT "Petitioner_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Petitioner" ADD CONSTRAINT "Petitioner_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionAssignment" ADD CONSTRAINT "PetitionAssignment_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionAssignment" ADD CONSTRAINT "PetitionAssignment_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionAssignment" ADD CONSTRAINT "PetitionAssignment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "HandlingUnit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionReply" ADD CONSTRAINT "PetitionReply_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionReply" ADD CONSTRAINT "PetitionReply_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionEvent" ADD CONSTRAINT "PetitionEvent_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionEvent" ADD CONSTRAINT "PetitionEvent_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionAttachment" ADD CONSTRAINT "PetitionAttachment_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionAttachment" ADD CONSTRAINT "PetitionAttachment_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionReview" ADD CONSTRAINT "PetitionReview_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionReview" ADD CONSTRAINT "PetitionReview_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionRecusal" ADD CONSTRAINT "PetitionRecusal_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionRecusal" ADD CONSTRAINT "PetitionRecusal_petitionId_fkey" FOREIGN KEY ("petitionId") REFERENCES "Petition"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PetitionRecusal" ADD CONSTRAINT "PetitionRecusal_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDay" ADD CONSTRAINT "ReceptionDay_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_receptionDayId_fkey" FOREIGN KEY ("receptionDayId") REFERENCES "ReceptionDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionDuty" ADD CONSTRAINT "ReceptionDuty_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_receptionDayId_fkey" FOREIGN KEY ("receptionDayId") REFERENCES "ReceptionDay"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_receivedByDeputyId_fkey" FOREIGN KEY ("receivedByDeputyId") REFERENCES "Deputy"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReceptionVisit" ADD CONSTRAINT "ReceptionVisit_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE SET NULL ON UPDATE CASCADE;


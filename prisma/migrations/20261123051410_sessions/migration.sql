-- CreateEnum
CREATE TYPE "SessionKind" AS ENUM ('REGULAR', 'EXTRAORDINARY');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PREPARING', 'IN_PROGRESS', 'CLOSED');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'LEAVE', 'ABSENT', 'LEFT_EARLY');

-- CreateEnum
CREATE TYPE "AgendaKind" AS ENUM ('GOVERNMENT_REPORT', 'PRESIDIUM_REPORT', 'BUDGET', 'ELECTION', 'RESOLUTION', 'MOTION', 'OTHER');

-- CreateEnum
CREATE TYPE "VoteMode" AS ENUM ('COUNT', 'NAMED');

-- CreateEnum
CREATE TYPE "VoteChoice" AS ENUM ('FOR', 'AGAINST', 'ABSTAIN');

-- CreateEnum
CREATE TYPE "Nomination" AS ENUM ('PRESIDIUM', 'DEPUTIES');

-- CreateTable
CREATE TABLE "CongressSession" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "kind" "SessionKind" NOT NULL DEFAULT 'REGULAR',
    "requestedBy" INTEGER,
    "requestNote" VARCHAR(1000),
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "venue" VARCHAR(200) NOT NULL,
    "status" "SessionStatus" NOT NULL DEFAULT 'PREPARING',
    "nonVotingAttendees" INTEGER NOT NULL DEFAULT 0,
    "publicAttendees" INTEGER NOT NULL DEFAULT 0,
    "openedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "minutes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CongressSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChecklistTemplateItem" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "owner" VARCHAR(50),
    "offsetDays" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChecklistTemplateItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionChecklistItem" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "owner" VARCHAR(50),
    "dueDate" DATE NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "doneById" UUID,
    "position" INTEGER NOT NULL,

    CONSTRAINT "SessionChecklistItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "AgendaKind" NOT NULL,
    "title" VARCHAR(200) NOT NULL,
    "resolution" TEXT,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionDocument" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "agendaItemId" UUID,
    "title" VARCHAR(200) NOT NULL,
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "storageKey" VARCHAR(200) NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionAttendance" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "note" VARCHAR(200),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SessionAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionVote" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "agendaItemId" UUID,
    "title" VARCHAR(200) NOT NULL,
    "mode" "VoteMode" NOT NULL,
    "votesFor" INTEGER NOT NULL,
    "votesAgainst" INTEGER NOT NULL,
    "votesAbstain" INTEGER NOT NULL,
    "presentAtVote" INTEGER NOT NULL,
    "sittingAtVote" INTEGER NOT NULL,
    "passed" BOOLEAN NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionVote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NamedVoteBallot" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "voteId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "choice" "VoteChoice" NOT NULL,

    CONSTRAINT "NamedVoteBallot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Election" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "agendaItemId" UUID,
    "title" VARCHAR(200) NOT NULL,
    "seats" INTEGER NOT NULL,
    "scrutineers" VARCHAR(50)[],
    "counters" VARCHAR(50)[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Election_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionCandidate" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "electionId" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "nominatedBy" "Nomination" NOT NULL,
    "nominatorCount" INTEGER,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ElectionCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionRound" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "electionId" UUID NOT NULL,
    "roundNo" INTEGER NOT NULL,
    "seats" INTEGER NOT NULL,
    "ballotsIssued" INTEGER NOT NULL,
    "ballotsReturned" INTEGER NOT NULL,
    "invalidBallots" INTEGER NOT NULL DEFAULT 0,
    "void" BOOLEAN NOT NULL,
    "sittingAtRound" INTEGER NOT NULL,
    "presentAtRound" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ElectionRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ElectionRoundResult" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "roundId" UUID NOT NULL,
    "candidateId" UUID,
    "writeInName" VARCHAR(50),
    "votesFor" INTEGER NOT NULL,
    "votesAgainst" INTEGER NOT NULL,
    "votesAbstain" INTEGER NOT NULL,
    "elected" BOOLEAN NOT NULL,

    CONSTRAINT "ElectionRoundResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresidiumMeeting" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "attendees" VARCHAR(2000) NOT NULL,
    "topics" TEXT NOT NULL,
    "decisions" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PresidiumMeeting_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CongressSession_townshipId_startDate_idx" ON "CongressSession"("townshipId", "startDate");

-- CreateIndex
CREATE UNIQUE INDEX "CongressSession_termId_number_key" ON "CongressSession"("termId", "number");

-- CreateIndex
CREATE INDEX "ChecklistTemplateItem_townshipId_position_idx" ON "ChecklistTemplateItem"("townshipId", "position");

-- CreateIndex
CREATE INDEX "SessionChecklistItem_sessionId_position_idx" ON "SessionChecklistItem"("sessionId", "position");

-- CreateIndex
CREATE INDEX "SessionChecklistItem_townshipId_idx" ON "SessionChecklistItem"("townshipId");

-- CreateIndex
CREATE INDEX "AgendaItem_sessionId_position_idx" ON "AgendaItem"("sessionId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_townshipId_idx" ON "AgendaItem"("townshipId");

-- CreateIndex
CREATE INDEX "SessionDocument_sessionId_idx" ON "SessionDocument"("sessionId");

-- CreateIndex
CREATE INDEX "SessionDocument_townshipId_idx" ON "SessionDocument"("townshipId");

-- CreateIndex
CREATE INDEX "SessionAttendance_townshipId_idx" ON "SessionAttendance"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionAttendance_sessionId_deputyId_key" ON "SessionAttendance"("sessionId", "deputyId");

-- CreateIndex
CREATE INDEX "SessionVote_sessionId_idx" ON "SessionVote"("sessionId");

-- CreateIndex
CREATE INDEX "SessionVote_townshipId_idx" ON "SessionVote"("townshipId");

-- CreateIndex
CREATE INDEX "NamedVoteBallot_townshipId_idx" ON "NamedVoteBallot"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "NamedVoteBallot_voteId_deputyId_key" ON "NamedVoteBallot"("voteId", "deputyId");

-- CreateIndex
CREATE INDEX "Election_sessionId_idx" ON "Election"("sessionId");

-- CreateIndex
CREATE INDEX "Election_townshipId_idx" ON "Election"("townshipId");

-- CreateIndex
CREATE INDEX "ElectionCandidate_electionId_idx" ON "ElectionCandidate"("electionId");

-- CreateIndex
CREATE INDEX "ElectionCandidate_townshipId_idx" ON "ElectionCandidate"("townshipId");

-- CreateIndex
CREATE INDEX "ElectionRound_townshipId_idx" ON "ElectionRound"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionRound_electionId_roundNo_key" ON "ElectionRound"("electionId", "roundNo");

-- CreateIndex
CREATE INDEX "ElectionRoundResult_roundId_idx" ON "ElectionRoundResult"("roundId");

-- CreateIndex
CREATE INDEX "ElectionRoundResult_townshipId_idx" ON "ElectionRoundResult"("townshipId");

-- CreateIndex
CREATE INDEX "PresidiumMeeting_townshipId_date_idx" ON "PresidiumMeeting"("townshipId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "PresidiumMeeting_termId_number_key" ON "PresidiumMeeting"("termId", "number");

-- AddForeignKey
ALTER TABLE "CongressSession" ADD CONSTRAINT "CongressSession_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CongressSession" ADD CONSTRAINT "CongressSession_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChecklistTemplateItem" ADD CONSTRAINT "ChecklistTemplateItem_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChecklistItem" ADD CONSTRAINT "SessionChecklistItem_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionChecklistItem" ADD CONSTRAINT "SessionChecklistItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDocument" ADD CONSTRAINT "SessionDocument_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDocument" ADD CONSTRAINT "SessionDocument_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionDocument" ADD CONSTRAINT "SessionDocument_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionAttendance" ADD CONSTRAINT "SessionAttendance_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionVote" ADD CONSTRAINT "SessionVote_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionVote" ADD CONSTRAINT "SessionVote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionVote" ADD CONSTRAINT "SessionVote_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedVoteBallot" ADD CONSTRAINT "NamedVoteBallot_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedVoteBallot" ADD CONSTRAINT "NamedVoteBallot_voteId_fkey" FOREIGN KEY ("voteId") REFERENCES "SessionVote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NamedVoteBallot" ADD CONSTRAINT "NamedVoteBallot_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Election" ADD CONSTRAINT "Election_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionCandidate" ADD CONSTRAINT "ElectionCandidate_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionCandidate" ADD CONSTRAINT "ElectionCandidate_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionRound" ADD CONSTRAINT "ElectionRound_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionRound" ADD CONSTRAINT "ElectionRound_electionId_fkey" FOREIGN KEY ("electionId") REFERENCES "Election"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionRoundResult" ADD CONSTRAINT "ElectionRoundResult_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionRoundResult" ADD CONSTRAINT "ElectionRoundResult_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ElectionRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ElectionRoundResult" ADD CONSTRAINT "ElectionRoundResult_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ElectionCandidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeeting" ADD CONSTRAINT "PresidiumMeeting_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeeting" ADD CONSTRAINT "PresidiumMeeting_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


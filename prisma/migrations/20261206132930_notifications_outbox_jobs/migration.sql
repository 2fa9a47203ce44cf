-- CreateEnum
CREATE TYPE "OutgoingChannel" AS ENUM ('SMS', 'WECHAT');

-- CreateEnum
CREATE TYPE "OutgoingStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable: notices are keyed by subject (type + id) and carry their link, not a suggestion column
ALTER TABLE "Notification" ADD COLUMN     "link" VARCHAR(300),
ADD COLUMN     "subjectId" UUID,
ADD COLUMN     "subjectType" VARCHAR(40),
ADD COLUMN     "userId" UUID;

-- Data: every existing notice is about a suggestion
UPDATE "Notification"
SET "subjectType" = 'suggestion', "subjectId" = "suggestionId", "link" = '/suggestions/' || "suggestionId"::text
WHERE "suggestionId" IS NOT NULL;

ALTER TABLE "Notification" DROP COLUMN "suggestionId";

-- CreateTable
CREATE TABLE "OutgoingMessage" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "channel" "OutgoingChannel" NOT NULL,
    "recipient" VARCHAR(100) NOT NULL,
    "text" VARCHAR(500) NOT NULL,
    "subjectType" VARCHAR(40),
    "subjectId" UUID,
    "status" "OutgoingStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" VARCHAR(500),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutgoingMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" UUID NOT NULL,
    "job" VARCHAR(100) NOT NULL,
    "day" DATE NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "result" JSONB,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OutgoingMessage_status_createdAt_idx" ON "OutgoingMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "OutgoingMessage_townshipId_createdAt_idx" ON "OutgoingMessage"("townshipId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_day_key" ON "JobRun"("job", "day");

-- CreateIndex
CREATE INDEX "Notification_townshipId_userId_readAt_idx" ON "Notification"("townshipId", "userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_subjectType_subjectId_idx" ON "Notification"("subjectType", "subjectId");

-- AddForeignKey
ALTER TABLE "OutgoingMessage" ADD CONSTRAINT "OutgoingMessage_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


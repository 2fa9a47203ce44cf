-- CreateEnum
CREATE TYPE "SessionCorrectionKind" AS ENUM ('SESSION', 'AGENDA_EDIT', 'AGENDA_ORDER', 'AGENDA_DELETE');

-- AlterTable
ALTER TABLE "CongressSession" ADD COLUMN     "openNote" VARCHAR(500),
ADD COLUMN     "sittingAtOpening" INTEGER;

-- CreateTable
CREATE TABLE "SessionRollEntry" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "groupName" VARCHAR(100),
    "position" INTEGER NOT NULL,
    "namePosition" INTEGER NOT NULL,

    CONSTRAINT "SessionRollEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionCorrection" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "kind" "SessionCorrectionKind" NOT NULL,
    "agendaItemId" UUID,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "reason" VARCHAR(500) NOT NULL,
    "createdById" UUID,
    "createdBy" VARCHAR(50),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SessionCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SessionRollEntry_townshipId_idx" ON "SessionRollEntry"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionRollEntry_sessionId_deputyId_key" ON "SessionRollEntry"("sessionId", "deputyId");

-- CreateIndex
CREATE INDEX "SessionCorrection_sessionId_createdAt_idx" ON "SessionCorrection"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "SessionCorrection_townshipId_idx" ON "SessionCorrection"("townshipId");

-- AddForeignKey
ALTER TABLE "SessionRollEntry" ADD CONSTRAINT "SessionRollEntry_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionRollEntry" ADD CONSTRAINT "SessionRollEntry_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionCorrection" ADD CONSTRAINT "SessionCorrection_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionCorrection" ADD CONSTRAINT "SessionCorrection_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CongressSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Backfill: sessions already opened or closed get their roll and 应到 from what is recorded — the
-- deputies sitting on the opening day plus anyone with an attendance mark, and as the base the
-- first base a vote or election round was judged against (else the size of that roll).
INSERT INTO "SessionRollEntry" ("id", "townshipId", "sessionId", "deputyId", "name", "groupName", "position", "namePosition")
SELECT gen_random_uuid(), s."townshipId", s."id", d."id", d."name", g."name",
       row_number() OVER (PARTITION BY s."id" ORDER BY g."nameKey", g."name", d."nameKey", d."name", d."id"),
       row_number() OVER (PARTITION BY s."id" ORDER BY d."nameKey", d."name", d."id")
FROM "CongressSession" s
JOIN "Deputy" d ON d."termId" = s."termId" AND d."townshipId" = s."townshipId"
LEFT JOIN "RepresentativeGroup" g ON g."id" = d."groupId"
WHERE s."status" <> 'PREPARING'
  AND ((d."startDate" <= s."startDate" AND (d."leftDate" IS NULL OR d."leftDate" > s."startDate"))
       OR EXISTS (SELECT 1 FROM "SessionAttendance" a WHERE a."sessionId" = s."id" AND a."deputyId" = d."id"));

UPDATE "CongressSession" s SET "sittingAtOpening" = COALESCE(
  (SELECT x."base" FROM (
     SELECT v."sittingAtVote" AS "base", v."createdAt" AS "at" FROM "SessionVote" v WHERE v."sessionId" = s."id"
     UNION ALL
     SELECT r."sittingAtRound", r."createdAt" FROM "ElectionRound" r JOIN "Election" e ON e."id" = r."electionId"
     WHERE e."sessionId" = s."id"
   ) x ORDER BY x."at" LIMIT 1),
  (SELECT count(*)::int FROM "SessionRollEntry" r WHERE r."sessionId" = s."id"))
WHERE s."status" <> 'PREPARING';

-- 会次 follows date order within the term (a session keyed in later for an earlier date takes its place).
UPDATE "CongressSession" SET "number" = -"number";
UPDATE "CongressSession" s SET "number" = o."rn"
FROM (SELECT "id", row_number() OVER (PARTITION BY "termId" ORDER BY "startDate", "createdAt", "id") AS "rn"
      FROM "CongressSession") o
WHERE o."id" = s."id";

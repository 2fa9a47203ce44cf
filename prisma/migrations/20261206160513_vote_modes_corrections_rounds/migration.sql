-- CreateEnum
CREATE TYPE "ExtraordinaryCall" AS ENUM ('PRESIDIUM', 'DEPUTIES');

-- CreateEnum
CREATE TYPE "ElectionContext" AS ENUM ('GENERAL', 'BY_ELECTION');

-- CreateEnum
CREATE TYPE "ElectionPost" AS ENUM ('PRINCIPAL', 'VICE', 'OTHER');

-- CreateEnum
CREATE TYPE "ElectionRoundKind" AS ENUM ('FIRST', 'REVOTE', 'RUNOFF', 'FURTHER');

-- AlterEnum: vote modes as a township congress names them (举手表决, 无记名投票, 按表决器). The old 计数
-- and 记名 both become 举手表决; 记名 is kept as "byName" (recorded deputy by deputy).
ALTER TABLE "SessionVote" ADD COLUMN "byName" BOOLEAN NOT NULL DEFAULT false;
UPDATE "SessionVote" SET "byName" = true WHERE "mode"::text = 'NAMED';
CREATE TYPE "VoteMode_new" AS ENUM ('SHOW_OF_HANDS', 'SECRET_BALLOT', 'DEVICE');
ALTER TABLE "SessionVote" ALTER COLUMN "mode" TYPE "VoteMode_new" USING ('SHOW_OF_HANDS'::"VoteMode_new");
ALTER TYPE "VoteMode" RENAME TO "VoteMode_old";
ALTER TYPE "VoteMode_new" RENAME TO "VoteMode";
DROP TYPE "VoteMode_old";

-- DropIndex
DROP INDEX "ElectionRound_electionId_roundNo_key";

-- AlterTable
ALTER TABLE "CongressSession" ADD COLUMN     "callBy" "ExtraordinaryCall";

-- AlterTable
ALTER TABLE "SessionVote" ADD COLUMN     "correctionReason" VARCHAR(500),
ADD COLUMN     "correctsId" UUID,
ADD COLUMN     "revokeReason" VARCHAR(500),
ADD COLUMN     "revokedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revokedById" UUID,
ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Election" ADD COLUMN     "context" "ElectionContext" NOT NULL DEFAULT 'BY_ELECTION',
ADD COLUMN     "deferNote" VARCHAR(500),
ADD COLUMN     "deferredAt" TIMESTAMPTZ(3),
ADD COLUMN     "post" "ElectionPost" NOT NULL DEFAULT 'OTHER';

-- AlterTable
ALTER TABLE "ElectionCandidate" ADD COLUMN     "nominatedForRound" INTEGER;

-- AlterTable
ALTER TABLE "ElectionRound" ADD COLUMN     "correctionReason" VARCHAR(500),
ADD COLUMN     "correctsId" UUID,
ADD COLUMN     "createdById" UUID,
ADD COLUMN     "kind" "ElectionRoundKind" NOT NULL DEFAULT 'FIRST',
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "revokeReason" VARCHAR(500),
ADD COLUMN     "revokedAt" TIMESTAMPTZ(3),
ADD COLUMN     "revokedById" UUID,
ADD COLUMN     "standingIds" UUID[],
ADD COLUMN     "supersededAt" TIMESTAMPTZ(3);

-- CreateIndex
CREATE UNIQUE INDEX "SessionVote_correctsId_key" ON "SessionVote"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionRound_correctsId_key" ON "ElectionRound"("correctsId");

-- CreateIndex
CREATE UNIQUE INDEX "ElectionRound_electionId_roundNo_revision_key" ON "ElectionRound"("electionId", "roundNo", "revision");


-- Existing data: extraordinary sessions were all called on the deputies' proposal; rounds after the first
-- were 另行选举; each round's ballot is the candidates it has results for.
UPDATE "CongressSession" SET "callBy" = 'DEPUTIES' WHERE "kind" = 'EXTRAORDINARY';
UPDATE "ElectionRound" SET "kind" = 'FURTHER' WHERE "roundNo" > 1;
UPDATE "ElectionRound" r SET "standingIds" = COALESCE(
  (SELECT array_agg(x."candidateId") FROM "ElectionRoundResult" x WHERE x."roundId" = r."id" AND x."candidateId" IS NOT NULL),
  '{}');

-- AlterTable
ALTER TABLE "Suggestion" ADD COLUMN     "awaitingSignOff" BOOLEAN NOT NULL DEFAULT false;


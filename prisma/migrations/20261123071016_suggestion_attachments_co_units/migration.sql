-- AlterTable
ALTER TABLE "SuggestionCategory" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "SuggestionAssignment" ADD COLUMN     "inputAt" TIMESTAMPTZ(3),
ADD COLUMN     "inputDue" DATE;

-- AlterTable
ALTER TABLE "SuggestionEvent" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "SuggestionAttachment" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "suggestionId" UUID NOT NULL,
    "eventId" UUID,
    "filename" VARCHAR(200) NOT NULL,
    "mimeType" VARCHAR(100) NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SuggestionAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SuggestionAttachment_suggestionId_createdAt_idx" ON "SuggestionAttachment"("suggestionId", "createdAt");

-- CreateIndex
CREATE INDEX "SuggestionAttachment_eventId_idx" ON "SuggestionAttachment"("eventId");

-- CreateIndex
CREATE INDEX "SuggestionAttachment_townshipId_idx" ON "SuggestionAttachment"("townshipId");

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_suggestionId_fkey" FOREIGN KEY ("suggestionId") REFERENCES "Suggestion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SuggestionAttachment" ADD CONSTRAINT "SuggestionAttachment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "SuggestionEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Files are mostly PDFs, Office files and photos, already compressed: keep them out of line
-- without TOAST's compression.
ALTER TABLE "SuggestionAttachment" ALTER COLUMN "bytes" SET STORAGE EXTERNAL;

-- Co-units already assigned: their input is due one month (the default setting) from assignment;
-- PostgreSQL, like lib/suggestions/rules.ts addMonths, falls back to the month's last day.
UPDATE "SuggestionAssignment" SET "inputDue" = ("assignedOn" + INTERVAL '1 month')::date WHERE NOT "lead";

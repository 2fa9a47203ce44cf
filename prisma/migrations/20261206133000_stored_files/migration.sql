-- One store for the bytes of every kept file (lib/files/store.ts). Suggestion attachments move
-- their bytes here under the key <townshipId>/suggestions/<suggestionId>/<attachmentId>; session
-- documents and deputy photos keep their keys, and their files on disk (UPLOAD_DIR) are imported
-- by `npm run db:migrate` / start (lib/files/import.ts), which can read the disk where SQL cannot.

-- CreateTable
CREATE TABLE "StoredFile" (
    "key" VARCHAR(200) NOT NULL,
    "townshipId" UUID NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "StoredFile_townshipId_idx" ON "StoredFile"("townshipId");

-- Move the attachments' bytes
ALTER TABLE "SuggestionAttachment" ADD COLUMN "storageKey" VARCHAR(200);
UPDATE "SuggestionAttachment"
   SET "storageKey" = "townshipId"::text || '/suggestions/' || "suggestionId"::text || '/' || "id"::text;
INSERT INTO "StoredFile" ("key", "townshipId", "size", "sha256", "bytes", "createdAt")
SELECT "storageKey", "townshipId", "size", "sha256", "bytes", "createdAt" FROM "SuggestionAttachment";
ALTER TABLE "SuggestionAttachment" ALTER COLUMN "storageKey" SET NOT NULL;
ALTER TABLE "SuggestionAttachment" DROP COLUMN "bytes";

-- 选区 as records of the term (Constituency), not free text. The name's natural-order key is generated as for
-- groups (natural_sort_key, migration chinese_order); Deputy.constituencyKey (migration constituency_order)
-- stays: it sorts the roster by the deputy's 选区 name, which the roster keeps equal to the record's.
-- AlterTable
ALTER TABLE "Deputy" ADD COLUMN     "constituencyId" UUID;

-- CreateTable
CREATE TABLE "Constituency" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "termId" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "nameKey" TEXT COLLATE "zh" GENERATED ALWAYS AS (natural_sort_key("name")) STORED,
    "description" VARCHAR(500),
    "voterCount" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Constituency_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Constituency_townshipId_termId_nameKey_idx" ON "Constituency"("townshipId", "termId", "nameKey");

-- CreateIndex
CREATE UNIQUE INDEX "Constituency_termId_name_key" ON "Constituency"("termId", "name");

-- CreateIndex
CREATE INDEX "Deputy_constituencyId_idx" ON "Deputy"("constituencyId");

-- AddForeignKey
ALTER TABLE "Deputy" ADD CONSTRAINT "Deputy_constituencyId_fkey" FOREIGN KEY ("constituencyId") REFERENCES "Constituency"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Constituency" ADD CONSTRAINT "Constituency_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Constituency" ADD CONSTRAINT "Constituency_termId_fkey" FOREIGN KEY ("termId") REFERENCES "Term"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Today's free text becomes records: one per distinct name (spaces removed) in each term, and each deputy
-- points at the record of their own term. A blank 选区 matches nothing: it stays blank, without a record,
-- and shows on the roster's 待核对 list until the office picks one. Each deputy whose text changed (spaces)
-- or who got a record has an audit row with the old and new values.
CREATE TEMP TABLE constituency_names ON COMMIT DROP AS
SELECT d."id", d."townshipId", d."termId", d."constituency" AS old_name,
  regexp_replace(d."constituency", '[[:space:]　]', '', 'g') AS new_name
FROM "Deputy" d
WHERE d."constituencyId" IS NULL;

INSERT INTO "Constituency" ("id", "townshipId", "termId", "name")
SELECT gen_random_uuid(), n."townshipId", n."termId", n.new_name
FROM (SELECT DISTINCT "townshipId", "termId", new_name FROM constituency_names WHERE new_name <> '') n
ON CONFLICT ("termId", "name") DO NOTHING;

UPDATE "Deputy" d
SET "constituencyId" = c."id", "constituency" = c."name", "version" = d."version" + 1
FROM constituency_names n JOIN "Constituency" c ON c."termId" = n."termId" AND c."name" = n.new_name
WHERE d."id" = n."id";

INSERT INTO "AuditLog" ("townshipId", "username", "action", "recordType", "recordId", "before", "after")
SELECT n."townshipId", 'migration', 'deputy.constituency_mapped', 'Deputy', n."id"::text,
  jsonb_build_object('constituency', n.old_name),
  jsonb_build_object('constituency', d."constituency", 'constituencyId', d."constituencyId")
FROM constituency_names n JOIN "Deputy" d ON d."id" = n."id"
WHERE d."constituencyId" IS NOT NULL;

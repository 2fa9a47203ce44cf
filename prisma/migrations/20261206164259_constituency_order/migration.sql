-- Constituencies in natural order (第二选区 before 第十选区) wherever the roster sorts or lists them: a key the
-- database generates from the name with natural_sort_key (migration chinese_order), compared in ICU zh.
ALTER TABLE "Deputy" ADD COLUMN "constituencyKey" TEXT COLLATE "zh" GENERATED ALWAYS AS (natural_sort_key("constituency")) STORED;

CREATE INDEX "Deputy_townshipId_termId_constituencyKey_idx" ON "Deputy"("townshipId", "termId", "constituencyKey");

-- The ballot lists candidates in 姓氏笔画 order (选举办法: 候选人名单按姓氏笔画排列), not the order they were
-- entered: a key the database generates from the name with name_stroke_key (migration chinese_order), as for
-- Deputy.nameKey. Small lists: no index.
ALTER TABLE "ElectionCandidate" ADD COLUMN "nameKey" TEXT COLLATE "C" GENERATED ALWAYS AS (name_stroke_key("name")) STORED;

-- CreateEnum
CREATE TYPE "PresidiumTopicKind" AS ENUM ('REPORT', 'MATTER');

-- AlterTable (the old free-text "topics" is dropped below, after it is moved into PresidiumMeetingTopic)
ALTER TABLE "PresidiumMeeting" ADD COLUMN     "guests" VARCHAR(1000),
ADD COLUMN     "presidedBy" VARCHAR(50),
ADD COLUMN     "recorder" VARCHAR(50),
ADD COLUMN     "venue" VARCHAR(200),
ALTER COLUMN "attendees" DROP NOT NULL;

-- CreateTable
CREATE TABLE "PresidiumMeetingMember" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "userId" UUID,
    "name" VARCHAR(100) NOT NULL,
    "attendance" "AttendanceStatus" NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PresidiumMeetingMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresidiumMeetingInvitee" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "deputyId" UUID NOT NULL,
    "name" VARCHAR(50) NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PresidiumMeetingInvitee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresidiumMeetingTopic" (
    "id" UUID NOT NULL,
    "townshipId" UUID NOT NULL,
    "meetingId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "PresidiumTopicKind" NOT NULL,
    "title" TEXT NOT NULL,
    "reporter" VARCHAR(100),
    "activityId" UUID,
    "decision" TEXT,

    CONSTRAINT "PresidiumMeetingTopic_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PresidiumMeetingMember_townshipId_idx" ON "PresidiumMeetingMember"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "PresidiumMeetingMember_meetingId_userId_key" ON "PresidiumMeetingMember"("meetingId", "userId");

-- CreateIndex
CREATE INDEX "PresidiumMeetingInvitee_townshipId_idx" ON "PresidiumMeetingInvitee"("townshipId");

-- CreateIndex
CREATE UNIQUE INDEX "PresidiumMeetingInvitee_meetingId_deputyId_key" ON "PresidiumMeetingInvitee"("meetingId", "deputyId");

-- CreateIndex
CREATE INDEX "PresidiumMeetingTopic_meetingId_position_idx" ON "PresidiumMeetingTopic"("meetingId", "position");

-- CreateIndex
CREATE INDEX "PresidiumMeetingTopic_townshipId_idx" ON "PresidiumMeetingTopic"("townshipId");

-- CreateIndex
CREATE INDEX "PresidiumMeetingTopic_activityId_idx" ON "PresidiumMeetingTopic"("activityId");

-- AddForeignKey
ALTER TABLE "PresidiumMeetingMember" ADD CONSTRAINT "PresidiumMeetingMember_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingMember" ADD CONSTRAINT "PresidiumMeetingMember_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "PresidiumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingMember" ADD CONSTRAINT "PresidiumMeetingMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingInvitee" ADD CONSTRAINT "PresidiumMeetingInvitee_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingInvitee" ADD CONSTRAINT "PresidiumMeetingInvitee_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "PresidiumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingInvitee" ADD CONSTRAINT "PresidiumMeetingInvitee_deputyId_fkey" FOREIGN KEY ("deputyId") REFERENCES "Deputy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingTopic" ADD CONSTRAINT "PresidiumMeetingTopic_townshipId_fkey" FOREIGN KEY ("townshipId") REFERENCES "Township"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingTopic" ADD CONSTRAINT "PresidiumMeetingTopic_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "PresidiumMeeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresidiumMeetingTopic" ADD CONSTRAINT "PresidiumMeetingTopic_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "SupervisionActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Data: the free-text records become structured ones.
-- Topics: one topic per non-empty line, in order, as 研究事项; the meeting's decisions stay on the meeting.
INSERT INTO "PresidiumMeetingTopic" ("id", "townshipId", "meetingId", "position", "kind", "title")
SELECT gen_random_uuid(), m."townshipId", m."id", row_number() OVER (PARTITION BY m."id" ORDER BY l.n), 'MATTER', btrim(l.line)
FROM "PresidiumMeeting" m
CROSS JOIN LATERAL regexp_split_to_table(m."topics", E'\r?\n') WITH ORDINALITY AS l(line, n)
WHERE btrim(l.line) <> '';

-- Attendees: each name (split on 、，,；; and spaces) that is a presidium member of the township (a CHAIR or
-- PRESIDIUM account, by its display name or its deputy's name) becomes a member present.
WITH names AS (
  SELECT m."id" AS "meetingId", m."townshipId", btrim(t.name) AS name, t.n
  FROM "PresidiumMeeting" m
  CROSS JOIN LATERAL regexp_split_to_table(m."attendees", E'[、，,；;\\s]+') WITH ORDINALITY AS t(name, n)
  WHERE btrim(t.name) <> ''
), matched AS (
  SELECT DISTINCT ON (n."meetingId", u."id") n."meetingId", n."townshipId", u."id" AS "userId", n.name, n.n
  FROM names n
  JOIN "User" u ON u."townshipId" = n."townshipId" AND u."role" IN ('CHAIR', 'PRESIDIUM')
  LEFT JOIN "Deputy" d ON d."id" = u."deputyId"
  WHERE u."displayName" = n.name OR d."name" = n.name
  ORDER BY n."meetingId", u."id", n.n
)
INSERT INTO "PresidiumMeetingMember" ("id", "townshipId", "meetingId", "userId", "name", "attendance", "position")
SELECT gen_random_uuid(), "townshipId", "meetingId", "userId", name, 'PRESENT',
       row_number() OVER (PARTITION BY "meetingId" ORDER BY n)
FROM matched;

-- Every name matched: the text has become the roll and is cleared; otherwise it is kept as written, beside the
-- names that did match.
UPDATE "PresidiumMeeting" m SET "attendees" = NULL
WHERE NOT EXISTS (
  SELECT 1 FROM regexp_split_to_table(m."attendees", E'[、，,；;\\s]+') AS t(name)
  WHERE btrim(t.name) <> ''
    AND NOT EXISTS (SELECT 1 FROM "PresidiumMeetingMember" x WHERE x."meetingId" = m."id" AND x."name" = btrim(t.name))
);

ALTER TABLE "PresidiumMeeting" DROP COLUMN "topics";

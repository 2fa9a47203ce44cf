-- Sessions' corrections move onto the one correction history (lib/audit/corrections.ts): the audit row
-- with its reason is the record of a correction, as for every other record. A SessionCorrection row
-- that has no audit row of its own (every correction since the table existed wrote both, in one
-- transaction) is copied into AuditLog with its reason, who and when; then the table goes.
-- Copy:
INSERT INTO "AuditLog" ("townshipId", "userId", "username", "action", "recordType", "recordId", "before", "after", "reason", "createdAt")
SELECT sc."townshipId", sc."createdById", sc."createdBy", 'session.corrected', 'CongressSession', sc."sessionId"::text,
       sc."before",
       CASE WHEN sc."kind" = 'AGENDA_DELETE' THEN '{"title": null, "kind": null}'::jsonb ELSE sc."after"::jsonb END,
       sc."reason", sc."createdAt"
FROM "SessionCorrection" sc
WHERE NOT EXISTS (
  SELECT 1 FROM "AuditLog" a
  WHERE a."recordType" = 'CongressSession' AND a."recordId" = sc."sessionId"::text
    AND a."action" = 'session.corrected' AND a."reason" = sc."reason"
    AND a."createdAt" BETWEEN sc."createdAt" - interval '1 minute' AND sc."createdAt" + interval '1 minute'
)
ORDER BY sc."createdAt";

-- DropForeignKey
ALTER TABLE "SessionCorrection" DROP CONSTRAINT "SessionCorrection_townshipId_fkey";

-- DropForeignKey
ALTER TABLE "SessionCorrection" DROP CONSTRAINT "SessionCorrection_sessionId_fkey";

-- DropTable
DROP TABLE "SessionCorrection";

-- DropEnum
DROP TYPE "SessionCorrectionKind";

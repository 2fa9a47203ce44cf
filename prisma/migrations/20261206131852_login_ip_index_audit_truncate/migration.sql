-- CreateIndex
CREATE INDEX "LoginAttempt_ip_createdAt_idx" ON "LoginAttempt"("ip", "createdAt");


-- The audit trail is append-only: TRUNCATE is refused as UPDATE and DELETE are (a statement-level
-- trigger; row triggers do not see TRUNCATE). Test harnesses that empty the database run as the
-- superuser with session_replication_role = replica, which skips ordinary triggers.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();

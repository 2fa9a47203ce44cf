import { beforeEach, afterAll, inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "integration-test-secret-0123456789abcdef";
process.env.LOG_LEVEL ??= "error";
// A query on the shared pool from inside a transaction fails the test (lib/db/ambient.ts).
process.env.DB_STRICT_TX = "1";

const { db } = await import("@/lib/db");
const { clearSettingsCache } = await import("@/lib/settings");
const { clearCalendarCache } = await import("@/lib/time/calendar");
const { resetAuditThrottle } = await import("@/lib/audit/throttle");

/** Every table the app owns, emptied before each test (the audit table's TRUNCATE trigger is skipped here only). */
beforeEach(async () => {
  const rows = await db.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  // The audit table refuses TRUNCATE by trigger; the test superuser skips triggers for this one statement.
  if (rows.length)
    await db.$transaction([
      db.$executeRawUnsafe("SET LOCAL session_replication_role = replica"),
      db.$executeRawUnsafe(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`),
    ]);
  clearSettingsCache();
  clearCalendarCache();
  resetAuditThrottle();
});

afterAll(async () => {
  await db.$disconnect();
});

// Runs once when the Next.js server starts: the daily jobs each domain registers (lib/jobs), now and
// then every 24 h. A domain with a daily job is imported here so that its module registers it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  // Fill the settings and calendar caches before the first request (they never block once filled).
  const [{ getSettings }, { loadWorkingCalendar }] = await Promise.all([
    import("@/lib/settings"),
    import("@/lib/time/calendar"),
  ]);
  await Promise.all([getSettings(), loadWorkingCalendar()]).catch(() => undefined);
  await import("@/lib/suggestions/reminders");
  await import("@/lib/supervision/rectification/reminders");
  await import("@/lib/petitions/reminders");
  const { scheduleDailyJobs } = await import("@/lib/jobs/registry");
  scheduleDailyJobs();
}

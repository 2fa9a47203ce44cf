// Runs once when the Next.js server starts: schedules the daily suggestion reminders.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { scheduleReminders } = await import("@/lib/suggestions/reminders");
  scheduleReminders();
}

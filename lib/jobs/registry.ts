import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log/logger";
import { DAY_MS } from "@/lib/time/day";
import { outsideTransaction } from "@/lib/db/ambient";

/**
 * Daily jobs: each domain registers its own (e.g. the suggestions' reminders) from a module that
 * instrumentation.ts imports; the kernel imports no domain. A job runs at most once a day (China
 * time) across every app instance: under a PostgreSQL advisory lock, and recorded as a JobRun row
 * that the next instance to try finds.
 */
export interface DailyJob {
  /** Unique, e.g. "suggestions.reminders". */
  name: string;
  /** What it did, recorded in JobRun.result (JSON). */
  run: (now: Date) => Promise<unknown>;
}

export type JobOutcome = "ran" | "done-today" | "running-elsewhere";

const jobs = new Map<string, DailyJob>();

export function registerDailyJob(job: DailyJob): void {
  jobs.set(job.name, job);
}

export function dailyJobs(): DailyJob[] {
  return [...jobs.values()];
}

/** The advisory-lock namespace of daily jobs (the second key is the hash of the job's name). */
const LOCK_NAMESPACE = 0x10b5;
/** A job's longest run; the lock and its connection are held for it. */
const JOB_TIMEOUT_MS = 30 * 60_000;

/**
 * Runs one job unless it ran today or another instance is running it now. The lock is a
 * transaction lock: it is released with the commit that records the run, or by the rollback when
 * the job fails (which records nothing, so the next schedule tries again).
 */
export async function runDailyJob(job: DailyJob, now = new Date()): Promise<JobOutcome> {
  return db.$transaction(
    async (tx) => {
      const [{ locked }] = await tx.$queryRaw<{ locked: boolean }[]>`
        SELECT pg_try_advisory_xact_lock(${LOCK_NAMESPACE}::int, hashtext(${job.name})) AS locked`;
      if (!locked) return "running-elsewhere";
      const [{ day }] = await tx.$queryRaw<{ day: Date }[]>`
        SELECT (${now}::timestamptz AT TIME ZONE 'Asia/Shanghai')::date AS day`;
      if (await tx.jobRun.findUnique({ where: { job_day: { job: job.name, day } }, select: { id: true } }))
        return "done-today";
      const startedAt = new Date();
      // The job works on the pool, not in this transaction (which only holds the lock and records the run).
      const result = await outsideTransaction(() => job.run(now));
      await tx.jobRun.create({
        data: {
          job: job.name,
          day,
          startedAt,
          finishedAt: new Date(),
          result: result == null ? undefined : (result as Prisma.InputJsonValue),
        },
      });
      return "ran";
    },
    { timeout: JOB_TIMEOUT_MS, maxWait: 60_000 },
  );
}

/** Every registered job, one after the other; a failing job is logged and does not stop the others. */
export async function runDailyJobs(now = new Date()): Promise<Record<string, JobOutcome | "failed">> {
  const outcomes: Record<string, JobOutcome | "failed"> = {};
  for (const job of dailyJobs()) {
    try {
      outcomes[job.name] = await runDailyJob(job, now);
      log.info("daily job", { job: job.name, outcome: outcomes[job.name] });
    } catch (error) {
      outcomes[job.name] = "failed";
      log.error("daily job failed", { job: job.name, error });
    }
  }
  return outcomes;
}

let timer: NodeJS.Timeout | null = null;

/** Runs the registered jobs now and then once a day, inside the app process: no external scheduler. */
export function scheduleDailyJobs(): void {
  if (timer) return;
  const run = () => void runDailyJobs().catch((error) => log.error("daily jobs failed", { error }));
  run();
  timer = setInterval(run, DAY_MS);
  timer.unref();
}

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runDailyJob, type DailyJob } from "@/lib/jobs/registry";

// Daily jobs run once a day across app instances: an advisory lock while one runs, a JobRun row after.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function countingJob(name: string, ms = 300) {
  let runs = 0;
  const job: DailyJob = {
    name,
    run: async () => {
      runs++;
      await sleep(ms);
      return { runs };
    },
  };
  return { job, runs: () => runs };
}

describe("daily jobs", () => {
  it("runs the body exactly once when two runners start at once", async () => {
    const { job, runs } = countingJob("test.two-runners");
    // Two runners, as two app instances: each its own transaction and connection.
    const outcomes = await Promise.all([runDailyJob(job), runDailyJob(job)]);
    expect(runs()).toBe(1);
    expect(outcomes.sort()).toEqual(["ran", "running-elsewhere"]);
    expect(await db.jobRun.findMany({ select: { job: true, result: true } })).toEqual([
      { job: "test.two-runners", result: { runs: 1 } },
    ]);
  });

  it("skips a job that already ran that day (China time) and runs it again the next day", async () => {
    const { job, runs } = countingJob("test.daily", 0);
    // 23:30 UTC on 5 Dec is already 6 Dec in China.
    expect(await runDailyJob(job, new Date("2026-12-05T23:30:00Z"))).toBe("ran");
    expect(await runDailyJob(job, new Date("2026-12-06T10:00:00Z"))).toBe("done-today");
    expect(await runDailyJob(job, new Date("2026-12-06T16:30:00Z"))).toBe("ran");
    expect(runs()).toBe(2);
    const days = await db.jobRun.findMany({ orderBy: { day: "asc" }, select: { day: true } });
    expect(days.map((d) => d.day.toISOString().slice(0, 10))).toEqual(["2026-12-06", "2026-12-07"]);
  });

  it("records nothing when the job fails, so the next run tries again", async () => {
    let fail = true;
    const job: DailyJob = {
      name: "test.failing",
      run: async () => {
        if (fail) throw new Error("boom");
        return "ok";
      },
    };
    await expect(runDailyJob(job)).rejects.toThrow("boom");
    expect(await db.jobRun.count()).toBe(0);
    fail = false;
    expect(await runDailyJob(job)).toBe("ran");
  });
});

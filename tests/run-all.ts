// npm test: lint, type check, unit, integration (real PostgreSQL) and end-to-end (Playwright against
// a production build). Ends with one line `N passed, M failed` summing all suites; exits 1 on any failure.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const OUT = path.resolve(".data/test-results");
fs.mkdirSync(OUT, { recursive: true });

interface Result {
  suite: string;
  passed: number;
  failed: number;
}
const results: Result[] = [];

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  console.log(`\n▶ ${[cmd, ...args].join(" ")}`);
  const res = spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return res.status ?? 1;
}

const bin = (name: string) => path.resolve("node_modules/.bin", name);

function check(suite: string, cmd: string, args: string[]) {
  const code = run(cmd, args);
  results.push({ suite, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 });
}

function vitest(project: "unit" | "integration") {
  const file = path.join(OUT, `${project}.json`);
  fs.rmSync(file, { force: true });
  const code = run(bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${file}`,
  ]);
  const report = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
  const passed = report?.numPassedTests ?? 0;
  let failed = report?.numFailedTests ?? 0;
  // A crash before or after the tests (setup, teardown) still fails the run.
  if (code !== 0 && failed === 0) failed = 1;
  if (report && report.numTotalTests === 0) failed += 1;
  results.push({ suite: project, passed, failed });
}

function e2e() {
  if (
    run(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    }) !== 0
  ) {
    results.push({ suite: "e2e (build)", passed: 0, failed: 1 });
    return;
  }
  const file = path.join(OUT, "e2e.json");
  fs.rmSync(file, { force: true });
  const code = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: file });
  const stats = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")).stats : null;
  const passed = (stats?.expected ?? 0) + (stats?.flaky ?? 0);
  let failed = stats?.unexpected ?? 0;
  if (code !== 0 && failed === 0) failed = 1;
  if (stats && passed + failed === 0) failed += 1;
  results.push({ suite: "e2e", passed, failed });
}

check("lint", bin("eslint"), [".", "--max-warnings=0"]);
check("format", bin("prettier"), ["--check", "."]);
check("typecheck", bin("tsc"), ["--noEmit"]);
vitest("unit");
vitest("integration");
e2e();

console.log("\nSuites:");
for (const r of results) console.log(`  ${r.suite.padEnd(12)} ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

// Starts the production build for the e2e tests: a fresh `<db>_e2e` database, migrated and loaded
// with the accounts of tests/e2e/accounts.ts, then Next.js behind lib/cli/next-server.mjs (as `npm start`). Builds first when no build exists.
import fs from "node:fs";
import { spawn, spawnSync } from "node:child_process";
import { freshTestDatabase } from "@/tests/test-database";

const port = process.env.E2E_PORT ?? "3100";
const database = await freshTestDatabase("e2e");
process.env.DATABASE_URL = database.url;
const { seedE2E } = await import("@/tests/e2e/accounts");
await seedE2E();

const secret = "e2e-auth-secret-0123456789abcdefghij";
const env = {
  ...process.env,
  DATABASE_URL: database.url,
  AUTH_SECRET: secret,
  NEXTAUTH_SECRET: secret,
  NEXTAUTH_URL: `http://127.0.0.1:${port}`,
  NEXT_TELEMETRY_DISABLED: "1",
  LOG_LEVEL: "warn",
};
if (!fs.existsSync(".next/BUILD_ID")) {
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production" },
  });
  if (build.status !== 0) process.exit(1);
}
const server = spawn(process.execPath, ["lib/cli/next-server.mjs", "start", port, "127.0.0.1"], {
  stdio: "inherit",
  env,
});
const stop = async () => {
  server.kill("SIGTERM");
  await database.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
server.on("exit", (code) => process.exit(code ?? 0));

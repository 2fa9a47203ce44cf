import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn, spawnSync } from "node:child_process";
import { ensureDatabase } from "@/lib/db/database";
import { assertCompatible, migrate, migrationStatus } from "@/lib/db/migrate";
import { readEnv } from "@/lib/env";
import { importLegacyUploads } from "@/lib/cli/import-uploads";

export interface ServeOptions {
  mode: "demo" | "start" | "dev";
}

const NEXT_BIN = "node_modules/next/dist/bin/next";
/** Next.js behind our own HTTP server, which hands route handlers the socket's address. */
const NEXT_SERVER = "lib/cli/next-server.mjs";

/** A secret kept in the data folder, for the demo and embedded setups that have no AUTH_SECRET. */
function localAuthSecret(dataDir: string): string {
  const file = path.resolve(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/**
 * Starts the app the way the README says: the database (embedded when DATABASE_URL is unset),
 * migrations, the demo seed (demo only, into an empty database), the build (demo), then Next.js.
 * Stopping the app (Ctrl+C) stops the embedded database too.
 */
export async function serve({ mode }: ServeOptions): Promise<void> {
  const env = readEnv();
  const database = await ensureDatabase();
  let child: ReturnType<typeof spawn> | null = null;
  const shutdown = async (code: number) => {
    child?.kill("SIGTERM");
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  try {
    // Migrations run as the schema owner when the app itself connects as a non-owner role.
    const ownerUrl = env.MIGRATION_DATABASE_URL ?? database.url;
    const status = await migrationStatus(ownerUrl);
    assertCompatible(status);
    if (status.pending.length) {
      if (mode === "start" && !database.embedded)
        throw new Error(`Pending migrations: ${status.pending.join(", ")}. Run \`npm run db:migrate\` first.`);
      const applied = await migrate(ownerUrl);
      console.log(`Migrations applied: ${applied.join(", ")}`);
    }
    await importLegacyUploads(database.url, env.UPLOAD_DIR);
    const secret =
      env.AUTH_SECRET ?? (database.embedded || mode !== "start" ? localAuthSecret(env.DATA_DIR) : undefined);
    if (!secret) throw new Error("AUTH_SECRET is not set. Set it to a random string of 32+ characters.");
    const port = process.env.PORT || "3000";
    const childEnv = {
      ...process.env,
      DATABASE_URL: database.url,
      AUTH_SECRET: secret,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
      DEMO_MODE: mode === "demo" ? "1" : env.DEMO_MODE,
      NEXT_TELEMETRY_DISABLED: "1",
    };

    let accounts: string | null = null;
    if (mode === "demo") {
      const { seedDemoIfEmpty } = await import("@/prisma/seed/seed");
      accounts = await seedDemoIfEmpty(database.url);
      console.log("Building the app (next build)…");
      const build = spawnSync(process.execPath, [NEXT_BIN, "build"], {
        stdio: "inherit",
        env: { ...childEnv, NODE_ENV: "production" },
      });
      if (build.status !== 0) throw new Error("next build failed");
    }

    const args =
      mode === "dev" ? [NEXT_SERVER, "dev", port] : [NEXT_SERVER, "start", port, process.env.HOST || "0.0.0.0"];
    child = spawn(process.execPath, args, { stdio: "inherit", env: childEnv });
    child.on("exit", (code) => void shutdown(code ?? 0));
    console.log(
      `\n乡镇人大工作平台: http://localhost:${port}${database.embedded ? "  (embedded PostgreSQL, data in .data/pg)" : ""}`,
    );
    if (accounts) console.log(accounts);
  } catch (err) {
    console.error((err as Error).message);
    await shutdown(1);
  }
}

import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.
const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z.string().url().optional(),
    /** The schema owner, for migrations, when the app itself connects as a non-owner role (docs/db-app-role.sql). */
    MIGRATION_DATABASE_URL: z.string().url().optional(),
    AUTH_SECRET: z.string().min(16).optional(),
    DEMO_MODE: z.enum(["0", "1"]).default("0"),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    DATA_DIR: z.string().default(".data"),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** Uploaded session documents and deputy photos (lib/sessions/documents.ts, lib/roster/photo.ts); default `${DATA_DIR}/uploads`. */
    UPLOAD_DIR: z.string().min(1).optional(),
    /**
     * How many reverse proxies of ours stand in front of the app (lib/http/request.ts). 0: the
     * socket's address is the client's and X-Forwarded-For is ignored (a client can forge it).
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  })
  .transform((e) => ({ ...e, UPLOAD_DIR: e.UPLOAD_DIR ?? `${e.DATA_DIR}/uploads` }));

export type Env = z.infer<typeof EnvSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  return EnvSchema.parse({
    ...source,
    AUTH_SECRET: source.AUTH_SECRET || source.NEXTAUTH_SECRET || undefined,
    DATABASE_URL: source.DATABASE_URL || undefined,
    MIGRATION_DATABASE_URL: source.MIGRATION_DATABASE_URL || undefined,
    UPLOAD_DIR: source.UPLOAD_DIR || undefined,
  });
}

export const env = readEnv();

export function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url)
    throw new Error(
      "DATABASE_URL is not set: start the app with `npm start` or `npm run demo`, which start the embedded PostgreSQL when no server is configured.",
    );
  return url;
}

export function requireAuthSecret(): string {
  const secret = process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set (any random string of 32+ characters).");
  return secret;
}

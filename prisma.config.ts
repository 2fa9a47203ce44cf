import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from the schema files. Migrations are applied by
// lib/db/migrate.ts (see docs/decisions.md); this file serves `prisma generate` and, on a machine
// with internet access, Prisma's own CLI.
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});

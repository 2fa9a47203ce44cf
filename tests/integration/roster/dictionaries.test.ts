// 民族, 政治面貌 and 文化程度 are the national lists: the form's API and the Excel import map the common spellings
// through one function, refuse what is in no list, and older free text stays, listed as 待核对.
import ExcelJS from "exceljs";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/deputies/route";
import { POST as importRoute } from "@/app/api/v1/deputies/import/route";
import { ROSTER_COLUMNS } from "@/lib/roster/excel";
import { createDeputy, request, TEST_ORIGIN, townshipWithRoles } from "@/tests/factories";

const ROW: Record<string, string> = {
  姓名: "字典代表",
  性别: "男",
  出生日期: "1980-05-01",
  民族: "汉",
  政治面貌: "党员",
  文化程度: "大专",
  职业: "村民",
  选区: "第一选区",
  代表层级: "镇",
};

async function importRows(cookie: string, rows: Record<string, string>[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(ROSTER_COLUMNS.map((c) => r[c.header] ?? null));
  const form = new FormData();
  form.append("file", new File([new Uint8Array(await wb.xlsx.writeBuffer())], "名册.xlsx"));
  const res = await importRoute(
    new NextRequest(new URL("/api/v1/deputies/import", "http://localhost"), {
      method: "POST",
      body: form,
      headers: { cookie, origin: TEST_ORIGIN },
    }),
  );
  return { status: res.status, body: await res.json() };
}

describe("registration-form dictionaries", () => {
  it("the import maps 汉 → 汉族, 党员 → 中国共产党党员, 大专 → 大学专科, and refuses a value in no list", async () => {
    const { sessions } = await townshipWithRoles();
    const ok = await importRows(sessions.OFFICE.cookie, [ROW, { ...ROW, 姓名: "字典代表二", 文化程度: "本科" }]);
    expect(ok.status).toBe(201);
    const saved = await db.deputy.findMany({
      where: { name: { startsWith: "字典代表" } },
      orderBy: { nameKey: "asc" },
    });
    expect(saved.map((d) => [d.ethnicity, d.party, d.education])).toEqual([
      ["汉族", "中国共产党党员", "大学专科"],
      ["汉族", "中国共产党党员", "大学本科"],
    ]);
    const bad = await importRows(sessions.OFFICE.cookie, [{ ...ROW, 姓名: "字典代表三", 民族: "火星族" }]);
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("民族");
  });

  it("the form's API stores the official name and names the field when the value is in no list", async () => {
    const { sessions } = await townshipWithRoles();
    const body = {
      name: "表单代表",
      gender: "FEMALE",
      birthDate: "1985-02-03",
      ethnicity: "苗",
      party: "群众",
      education: "高中",
      occupation: "教师",
      constituency: "第二选区",
      levels: ["TOWNSHIP"],
    };
    const res = await createRoute(
      request("/api/v1/deputies", { method: "POST", cookie: sessions.OFFICE.cookie, body }),
    );
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ ethnicity: "苗族", party: "群众", education: "普通高中" });
    const bad = await createRoute(
      request("/api/v1/deputies", {
        method: "POST",
        cookie: sessions.OFFICE.cookie,
        body: { ...body, name: "另一代表", party: "无" },
      }),
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.party).toMatch(/^政治面貌：/);
  });

  it("lists the deputies whose older free text is in no list as 待核对", async () => {
    const { township, term, sessions } = await townshipWithRoles();
    const odd = await createDeputy(township.id, term.id, "旧数据");
    await db.deputy.update({
      where: { id: odd.id },
      data: { ethnicity: "穿青人", party: "中国共产党党员", education: "大学本科" },
    });
    const fine = await createDeputy(township.id, term.id, "新数据");
    await db.deputy.update({
      where: { id: fine.id },
      data: { ethnicity: "汉族", party: "群众", education: "初中" },
    });
    const res = await listRoute(request("/api/v1/deputies?review=1&pageSize=50", { cookie: sessions.OFFICE.cookie }));
    const names = ((await res.json()) as { items: { name: string }[] }).items.map((d) => d.name);
    expect(names).toContain("旧数据");
    expect(names).not.toContain("新数据");
  });
});

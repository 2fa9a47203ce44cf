// The known list 谢、丁、周、黄、王、李、刘、赵、陈 comes back as 丁、王、刘、李、陈、周、赵、黄、谢 wherever people are
// listed for paper: the session's sign-in sheet, the roster export's rows, the account form's deputies; and
// 选区 in natural order in the roster's filter and the deputy form (第二 before 第三, 第10 after 第9).
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { GET as exportRoute } from "@/app/api/v1/deputies/export/route";
import { getSignInSheet } from "@/lib/sessions/report";
import { rosterOptions } from "@/lib/roster/options";
import { listLinkOptions } from "@/lib/users/options";
import { createDeputy, request, townshipWithRoles } from "@/tests/factories";

const GIVEN = ["谢", "丁", "周", "黄", "王", "李", "刘", "赵", "陈"];
const STROKE = ["丁", "王", "刘", "李", "陈", "周", "赵", "黄", "谢"];

async function township() {
  const t = await townshipWithRoles();
  // Only the known list: the factory's own deputy (linked to the DEPUTY account) is removed.
  await db.user.update({ where: { id: t.users.DEPUTY.id }, data: { deputyId: null } });
  await db.deputyStatusChange.deleteMany({ where: { deputyId: t.deputy.id } });
  await db.deputy.delete({ where: { id: t.deputy.id } });
  for (const g of GIVEN) await createDeputy(t.township.id, t.term.id, `${g}明`);
  return t;
}

describe("姓氏笔画 order on paper and in pickers", () => {
  it("the sign-in sheet lists the known list in 姓氏笔画 order", async () => {
    const t = await township();
    const session = await db.congressSession.create({
      data: {
        townshipId: t.township.id,
        termId: t.term.id,
        number: 1,
        startDate: new Date("2026-11-20"),
        endDate: new Date("2026-11-21"),
        venue: "镇政府三楼会议室",
      },
    });
    const sheet = await getSignInSheet(t.sessions.OFFICE.actor, session.id);
    expect(sheet.deputies.map((d) => d.name[0])).toEqual(STROKE);
  });

  it("the roster export's rows come in 姓氏笔画 order", async () => {
    const t = await township();
    const res = await exportRoute(request("/api/v1/deputies/export", { cookie: t.sessions.OFFICE.cookie }));
    expect(res.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
    const names: string[] = [];
    wb.getWorksheet("代表名册")!.eachRow((row, n) => {
      if (n > 1) names.push(String(row.getCell(1).value));
    });
    expect(names.map((n) => n[0])).toEqual(STROKE);
  });

  it("the account form offers deputies in 姓氏笔画 order", async () => {
    const t = await township();
    const { deputies } = await listLinkOptions(t.sessions.OFFICE.actor);
    expect(deputies.map((d) => d.name[0])).toEqual(STROKE);
  });

  it("the roster's 选区 choices are in natural order: 第二 before 第三, 第10 after 第9", async () => {
    const t = await townshipWithRoles();
    for (const name of ["第10选区", "第9选区", "第十一选区"])
      await db.constituency.create({ data: { townshipId: t.township.id, termId: t.term.id, name } });
    const { constituencies } = await rosterOptions(t.sessions.OFFICE.actor);
    expect(constituencies).toEqual(["第一选区", "第二选区", "第三选区", "第9选区", "第10选区", "第十一选区"]);
  });
});

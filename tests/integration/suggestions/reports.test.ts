// The half-yearly public disclosure (.xlsx / .docx) and the presidium's report (.docx) through their
// routes: who may download them, what is in the files (opened with exceljs and JSZip), that no
// personal data goes out, township isolation and the audit rows.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { inspectDocx } from "@/lib/docx/inspect";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { parseDay, todayInChina } from "@/lib/time/day";
import { suggestionFigures } from "@/lib/suggestions/figures";
import { GET as disclosureRoute } from "@/app/api/v1/suggestions/disclosure/route";
import { GET as reportRoute } from "@/app/api/v1/suggestions/report/route";
import { createDeputy, request } from "@/tests/factories";
import { errorOf, rate, setup, step, suggestionAt, unitWithLogin, type World } from "./helpers";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const disclosure = (cookie: string, qs: string) =>
  disclosureRoute(request(`/api/v1/suggestions/disclosure${qs}`, { cookie }));
const report = (cookie: string, qs: string) => reportRoute(request(`/api/v1/suggestions/report${qs}`, { cookie }));
const rfc5987 = (s: string) =>
  encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// What must never leave in a public file: the proposers' names, phones and ID numbers, and rating comments.
const PERSONAL = [
  "张秀英",
  "李国华",
  "13912345678",
  "13800138000",
  "0851-88123456",
  "520102198001011234",
  "13600001111",
  "非常满意，谢谢",
];

/** word/document.xml, then each paragraph's text on a line (a long title is broken over runs). */
async function documentXml(res: Response): Promise<string> {
  const buffer = Buffer.from(await res.arrayBuffer());
  const xml = await (await JSZip.loadAsync(buffer)).file("word/document.xml")!.async("string");
  return `${xml}\n${(await inspectDocx(buffer)).paragraphs.map((p) => p.text).join("\n")}`;
}

async function sheetText(res: Response) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.arrayBuffer()) as ExcelJS.Buffer);
  const ws = wb.getWorksheet("办理情况公开")!;
  const rows: string[][] = [];
  // Dates are date cells (lib/xlsx/official.ts): read back as the calendar day.
  const text = (v: unknown) =>
    v === null || v === undefined ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  ws.eachRow({ includeEmpty: false }, (row) => rows.push(Array.from((row.values as unknown[]).slice(1), text)));
  return { rows, all: wb.worksheets.map((w) => w.getSheetValues().flat().map(String).join("|")).join("\n") };
}

/**
 * 测试镇, current year:
 *   a  民政办, A, answered 15 March, rated 满意 (with a comment): title and reply carry personal data
 *   b  财政所 with co-unit 民政办, B then (不满意) A, answered again 30 June, closed
 *   c  民政办, C, answered 1 July
 *   out: one being re-handled (answered in March), one not answered, last year's (answered 31 Dec), another township's
 */
async function world() {
  const w = await setup();
  const year = todayInChina().getUTCFullYear();
  await db.deputy.update({
    where: { id: w.deputy.id },
    data: { name: "张秀英", phone: "13912345678", idNumber: "520102198001011234" },
  });
  const cosigner = await createDeputy(w.township.id, w.term.id, "李国华");
  await db.deputy.update({ where: { id: cosigner.id }, data: { phone: "13600001111" } });
  const fin = await unitWithLogin(w.township.id, "财政所");
  const answered = (id: string, day: string) =>
    db.suggestion.update({ where: { id }, data: { repliedOn: parseDay(day) } });

  const a = await suggestionAt(w, "ASSIGNED", {
    body: { title: "关于张秀英等代表反映村道硬化的建议", cosignerIds: [cosigner.id] },
  });
  await step(w.cookie.UNIT, a, {
    action: "reply",
    replyClass: "A",
    note: "张秀英代表、李国华代表：您提出的建议收悉。村道硬化已完工。如有疑问请联系 0851-88123456 或经办人 13800138000。身份证号 520102198001011234 的村民补贴已发放。",
  });
  await rate(w.cookie.DEPUTY, a, { rating: "SATISFIED", comment: "非常满意，谢谢 13912345678" });
  await answered(a, `${year}-03-15`);

  const b = await suggestionAt(w, "ASSIGNED", {
    body: { title: "关于增加农业补贴的建议", categoryId: w.categoryIds[1] },
    leadUnitId: fin.unit.id,
    coUnitIds: [w.unit.id],
  });
  await step(fin.cookie, b, { action: "reply", replyClass: "B", note: "第一次答复：列入明年计划。" });
  await rate(w.cookie.DEPUTY, b, { rating: "UNSATISFIED", comment: "太慢" });
  await step(fin.cookie, b, { action: "reply", replyClass: "A", note: "第二次答复：补贴已于六月发放到户。" });
  await step(w.cookie.OFFICE, b, { action: "close" });
  await answered(b, `${year}-06-30`);

  const c = await suggestionAt(w, "REPLIED", {
    body: { title: "关于新建村卫生室的建议", categoryId: w.categoryIds[4] },
  });
  await db.suggestionEvent.updateMany({
    where: { suggestionId: c, type: "reply" },
    data: { replyClass: "C", note: "受用地指标限制，待国土空间规划批复后实施。" },
  });
  await answered(c, `${year}-07-01`);

  const rehandling = await suggestionAt(w, "REPLIED", { body: { title: "正在重新办理的建议" } });
  await rate(w.cookie.DEPUTY, rehandling, { rating: "UNSATISFIED", comment: "不满意" });
  await answered(rehandling, `${year}-03-20`);
  await suggestionAt(w, "ASSIGNED", { body: { title: "尚未答复的建议" } });
  const lastYear = await suggestionAt(w, "REPLIED", { body: { title: "去年答复的建议" } });
  await answered(lastYear, `${year - 1}-12-31`);

  const other = await setup("另一镇");
  const foreign = await suggestionAt(other, "REPLIED", { body: { title: "另一镇的建议" } });
  await answered(foreign, `${year}-02-01`);
  const number = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).number!;
  return { w, other, year, fin, numbers: { a: await number(a), b: await number(b), c: await number(c) } };
}

const noPersonalData = (text: string) => {
  for (const p of PERSONAL) expect(text, p).not.toContain(p);
};

describe("half-yearly disclosure", () => {
  it("the office downloads 上半年 as .xlsx: the suggestions answered January–June, latest reply, no personal data; audited", async () => {
    const { w, year, numbers } = await world();
    const res = await disclosure(w.cookie.OFFICE, `?year=${year}&half=1&format=xlsx`);
    expect(res.status, JSON.stringify(await res.clone().text())).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    const name = `测试镇${year}年上半年代表建议办理情况公开.xlsx`;
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="document.xlsx"; filename*=UTF-8''${rfc5987(name)}`,
    );
    expect(res.headers.get("cache-control")).toBe("no-store");

    const { rows, all } = await sheetText(res);
    // Rows 1 and 2 are merged across the table (exceljs repeats the value in each merged cell).
    expect(new Set(rows[0])).toEqual(new Set([`测试镇${year}年上半年代表建议办理情况公开`]));
    expect(rows[1][0]).toBe(
      `${year}年1月1日至6月30日，承办单位答复代表建议2件，其中A类（已解决或基本解决）2件，B类（列入计划逐步解决）0件，C类（因条件限制需以后解决）0件。现将办理情况公开如下，接受代表和群众监督。`,
    );
    expect(rows[2]).toEqual([
      "序号",
      "编号",
      "建议标题",
      "类别",
      "主办单位",
      "协办单位",
      "答复类别",
      "答复内容",
      "办理状态",
      "交办日期",
      "答复日期",
    ]);
    const today = todayInChina().toISOString().slice(0, 10);
    expect(rows.slice(3)).toEqual([
      [
        "1",
        numbers.a,
        "关于×××等代表反映村道硬化的建议",
        "经济建设",
        "民政办",
        "",
        "A 已解决或基本解决",
        "×××代表、×××代表：您提出的建议收悉。村道硬化已完工。如有疑问请联系 （电话已隐去） 或经办人 （电话已隐去）。身份证号 （号码已隐去） 的村民补贴已发放。",
        "已评价",
        today,
        `${year}-03-15`,
      ],
      [
        "2",
        numbers.b,
        "关于增加农业补贴的建议",
        "农业农村",
        "财政所",
        "民政办",
        "A 已解决或基本解决",
        "第二次答复：补贴已于六月发放到户。",
        "已办结",
        today,
        `${year}-06-30`,
      ],
    ]);
    noPersonalData(all);
    expect(all).not.toContain("第一次答复");
    expect(all).not.toContain("正在重新办理的建议");
    expect(all).not.toContain("另一镇");

    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "suggestion.disclosure_exported" } });
    expect(audit).toMatchObject({
      townshipId: w.township.id,
      userId: w.users.OFFICE.id,
      recordType: "Suggestion",
      after: { year, half: 1, format: "xlsx", rows: 2 },
    });
  });

  it("the chair downloads 下半年 as .docx (landscape), with the July reply only", async () => {
    const { w, year, numbers } = await world();
    const res = await disclosure(w.cookie.CHAIR, `?year=${year}&half=2&format=docx`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${rfc5987(`测试镇${year}年下半年代表建议办理情况公开.docx`)}`,
    );
    const xml = await documentXml(res);
    for (const text of [
      `测试镇${year}年下半年代表建议办理情况公开`,
      `${year}年7月1日至12月31日，承办单位答复代表建议1件，其中A类（已解决或基本解决）0件，B类（列入计划逐步解决）0件，C类（因条件限制需以后解决）1件。`,
      `1. ${numbers.c} 关于新建村卫生室的建议（医疗卫生）`,
      `答复日期：${year}-07-01；答复类别：C 因条件限制需以后解决；办理状态：已答复。`,
      "答复内容：受用地指标限制，待国土空间规划批复后实施。",
      "测试镇人民代表大会主席团",
      'w:orient="landscape"',
    ])
      expect(xml).toContain(text);
    expect(xml).not.toContain("村道硬化");
    noPersonalData(xml);
    expect(
      await db.auditLog.count({
        where: { action: "suggestion.disclosure_exported", userId: w.users.CHAIR.id, townshipId: w.township.id },
      }),
    ).toBe(1);
  });

  it("is the office's, the chair's and the presidium's: deputies and units 403; another township sees only its own", async () => {
    const { w, other, year } = await world();
    for (const role of ["DEPUTY", "UNIT"] as const)
      expect((await disclosure(w.cookie[role], `?year=${year}&half=1`)).status, role).toBe(403);
    expect(await db.auditLog.count({ where: { action: "auth.denied", recordId: "suggestion.export" } })).toBe(2);
    expect(await db.auditLog.count({ where: { action: "suggestion.disclosure_exported" } })).toBe(0);
    expect((await disclosure("", `?year=${year}&half=1`)).status).toBe(401);
    expect((await disclosure(w.cookie.PRESIDIUM, `?year=${year}&half=1`)).status).toBe(200);

    const theirs = await sheetText(await disclosure(other.cookie.OFFICE, `?year=${year}&half=1`));
    expect(theirs.rows.slice(3).map((r) => r[2])).toEqual(["另一镇的建议"]);
    expect(theirs.all).not.toContain("村道硬化");
    const empty = await sheetText(await disclosure(other.cookie.OFFICE, `?year=${year}&half=2`));
    expect(empty.rows[1][0]).toBe(`${year}年7月1日至12月31日，没有答复代表建议。`);
    expect(empty.rows).toHaveLength(3);
  });

  it("refuses a bad year, half or format with the field named", async () => {
    const w = await setup();
    const half = await disclosure(w.cookie.OFFICE, "?year=2026&half=3");
    expect(half.status).toBe(400);
    expect((await errorOf(half)).fields).toEqual({ half: "半年：请选择上半年（1）或下半年（2）" });
    expect((await errorOf(await disclosure(w.cookie.OFFICE, "?year=2026&half=1&format=pdf"))).fields).toEqual({
      format: "格式：格式须为 xlsx 或 docx",
    });
    expect((await errorOf(await disclosure(w.cookie.OFFICE, "?half=1"))).fields).toEqual({
      year: "年份：请填写年份，如 2026",
    });
    expect((await errorOf(await disclosure(w.cookie.OFFICE, "?year=1999&half=1"))).fields).toEqual({
      year: "年份：年份不能早于 2000 年",
    });
  });
});

describe("the presidium's report to the session", () => {
  async function reportText(w: World, qs: string) {
    const res = await report(w.cookie.OFFICE, qs);
    expect(res.status, await res.clone().text()).toBe(200);
    return documentXml(res);
  }

  it("is a .docx whose numbers are those of the records, and change with them", async () => {
    const { w, year, fin } = await world();
    await db.congressSession.create({
      data: {
        townshipId: w.township.id,
        termId: w.term.id,
        number: 3,
        startDate: parseDay(`${year + 1}-01-15`),
        endDate: parseDay(`${year + 1}-01-16`),
        venue: "会议室",
      },
    });
    const res = await report(w.cookie.CHAIR, `?year=${year}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(DOCX);
    expect(res.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${rfc5987(`关于${year}年代表建议办理情况的报告（草稿）.docx`)}`,
    );
    const xml = await documentXml(res);
    const f = await suggestionFigures(w.sessions.OFFICE.actor, { year });
    // 6 counted this year: a, b, c, the re-handled one, the unanswered one and "last year's" (only its reply date is last year).
    // b's latest rating is its 不满意 (it was closed after the second reply without a new rating).
    expect(f).toMatchObject({
      total: 6,
      replied: 5,
      rated: 3,
      satisfied: 1,
      unsatisfied: 2,
      satisfactionRate: 33.3,
      rehandled: 2,
      leadUnits: 2,
      allUnits: 2,
    });
    for (const text of [
      `关于${year}年代表建议办理情况的报告`,
      "——在测试镇第十七届人民代表大会第三次会议上",
      `${year}年，代表共提出建议、批评和意见6件。按内容分：经济建设4件，占66.7%；农业农村1件，占16.7%；医疗卫生1件，占16.7%。`,
      "已交办6件，交由2个单位承办。",
      `已交办的6件建议中，承办单位已答复5件，答复率83.3%，尚未答复1件。其中在规定期限内答复5件，按时答复率100%。`,
      "代表对答复已评价3件，其中满意1件、基本满意0件、不满意2件，满意率33.3%",
      "共有2件退回重新办理，计2次，目前仍在重新办理的1件。",
      "（一）经济建设方面（4件）。主要涉及：关于×××等代表反映村道硬化的建议；",
      "财政所",
      "以上报告，请予审议。",
    ])
      expect(xml).toContain(text);
    noPersonalData(xml);

    // A further rating changes the report.
    const open = await db.suggestion.findFirstOrThrow({ where: { townshipId: w.township.id, state: "REPLIED" } });
    await rate(w.cookie.DEPUTY, open.id, { rating: "BASICALLY_SATISFIED" });
    const after = await reportText(w, `?year=${year}`);
    expect(after).toContain("代表对答复已评价4件，其中满意1件、基本满意1件、不满意2件，满意率50%");
    expect(after).not.toContain("代表对答复已评价3件");
    expect(fin.unit.name).toBe("财政所");

    const audits = await db.auditLog.findMany({
      where: { action: "suggestion.report_exported" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => [a.userId, a.townshipId, a.after])).toEqual([
      [w.users.CHAIR.id, w.township.id, { year, sessionId: null }],
      [w.users.OFFICE.id, w.township.id, { year, sessionId: null }],
    ]);
  });

  it("for one session or the recess; the office, chair and presidium only; another township's session 404", async () => {
    const { w, other, year } = await world();
    const s = await db.congressSession.create({
      data: {
        townshipId: w.township.id,
        termId: w.term.id,
        number: 2,
        startDate: parseDay(`${year}-01-10`),
        endDate: parseDay(`${year}-01-10`),
        venue: "会议室",
      },
    });
    const inSession = await suggestionAt(w, "REPLIED", { body: { title: "会上提出的建议", sessionId: s.id } });
    expect(inSession).toBeTruthy();
    const xml = await reportText(w, `?year=${year}&sessionId=${s.id}`);
    expect(xml).toContain("关于测试镇第十七届人民代表大会第二次会议代表建议办理情况的报告");
    expect(xml).toContain("测试镇第十七届人民代表大会第二次会议期间，代表共提出建议、批评和意见1件。");
    expect(xml).toContain("——在测试镇第×届人民代表大会第×次会议上");
    expect(await reportText(w, `?year=${year}&sessionId=recess`)).toContain(
      `关于${year}年闭会期间代表建议办理情况的报告`,
    );

    expect((await report(w.cookie.PRESIDIUM, `?year=${year}`)).status).toBe(200);
    for (const role of ["DEPUTY", "UNIT"] as const)
      expect((await report(w.cookie[role], `?year=${year}`)).status, role).toBe(403);
    const foreign = await report(other.cookie.OFFICE, `?year=${year}&sessionId=${s.id}`);
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).message).toBe("会议不存在");
    // Another township's report counts its own suggestion only.
    expect(await documentXml(await report(other.cookie.OFFICE, `?year=${year}`))).toContain(
      `${year}年，代表共提出建议、批评和意见1件。`,
    );
  });
});

// The year's drafted documents and tables through their routes: who may download them (office, chair, presidium;
// not a deputy or a unit), the Chinese file names, bad input as 400, the export audited; and a record added through
// its service changing the drafted text and its number.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { inspectDocx } from "@/lib/docx/inspect";
import { printSetupProblems } from "@/lib/xlsx/inspect";
import { formatDay, todayInChina } from "@/lib/time/day";
import { createPetition } from "@/lib/petitions/service";
import { PetitionCreateInput } from "@/lib/petitions/schema";
import { GET as reportRoute } from "@/app/api/v1/summary/[year]/report.docx/route";
import { GET as tablesRoute } from "@/app/api/v1/summary/[year]/tables.xlsx/route";
import { params, request, townshipWithRoles } from "@/tests/factories";

const ROLES = ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"] as const;
const YEAR = todayInChina().getUTCFullYear();

const getReport = (cookie: string, year: string | number = YEAR, kind?: string) =>
  reportRoute(
    request(`/api/v1/summary/${year}/report.docx${kind ? `?kind=${kind}` : ""}`, { cookie }),
    params({ year: String(year) }),
  );
const getTables = (cookie: string, year: string | number = YEAR) =>
  tablesRoute(request(`/api/v1/summary/${year}/tables.xlsx`, { cookie }), params({ year: String(year) }));

const bodyText = async (res: Response) =>
  (await inspectDocx(Buffer.from(await res.arrayBuffer()))).paragraphs.map((p) => p.text).join("\n");

async function world() {
  const t = await townshipWithRoles("起草镇");
  const cookie = Object.fromEntries(ROLES.map((r) => [r, t.sessions[r].cookie])) as Record<
    (typeof ROLES)[number],
    string
  >;
  return { ...t, cookie };
}

describe("GET /api/v1/summary/{year}/report.docx and tables.xlsx", () => {
  it("gives the office, the chair and the presidium the documents; a deputy and a unit are refused", async () => {
    const w = await world();
    for (const role of ROLES) {
      const docx = await getReport(w.cookie[role]);
      const xlsx = await getTables(w.cookie[role]);
      const allowed = ["OFFICE", "CHAIR", "PRESIDIUM"].includes(role);
      expect(docx.status, role).toBe(allowed ? 200 : 403);
      expect(xlsx.status, role).toBe(allowed ? 200 : 403);
    }
    const denied = await db.auditLog.count({ where: { action: "auth.denied", townshipId: w.township.id } });
    expect(denied).toBeGreaterThanOrEqual(1);
  });

  it("names each document in Chinese and drafts the kind asked for", async () => {
    const w = await world();
    const cases = [
      [undefined, `起草镇${YEAR}年度人大工作总结.docx`, `起草镇人大${YEAR}年度工作总结`],
      ["summary", `起草镇${YEAR}年度人大工作总结.docx`, `起草镇人大${YEAR}年度工作总结`],
      ["half-year", `起草镇${YEAR}年上半年人大工作小结.docx`, `起草镇人大${YEAR}年上半年工作小结`],
      [
        "session-report",
        `起草镇人民代表大会主席团工作报告（${YEAR}年工作回顾，草稿）.docx`,
        "起草镇人民代表大会主席团工作报告",
      ],
    ] as const;
    for (const [kind, filename, title] of cases) {
      const res = await getReport(w.cookie.OFFICE, YEAR, kind);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toContain("wordprocessingml");
      expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent(filename)}`);
      expect((await bodyText(res)).split("\n")[0]).toBe(title);
    }
    const xlsx = await getTables(w.cookie.CHAIR);
    expect(xlsx.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent(`起草镇${YEAR}年人大工作统计表.xlsx`)}`,
    );
    expect(await printSetupProblems(Buffer.from(await xlsx.arrayBuffer()))).toEqual([]);
    const half = await tablesRoute(
      request(`/api/v1/summary/${YEAR}/tables.xlsx?period=half`, { cookie: w.cookie.PRESIDIUM }),
      params({ year: String(YEAR) }),
    );
    expect(half.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent(`起草镇${YEAR}年上半年人大工作统计表.xlsx`)}`,
    );
    const audited = await db.auditLog.findMany({
      where: { townshipId: w.township.id, action: { in: ["summary.report_exported", "summary.tables_exported"] } },
    });
    expect(audited.filter((a) => a.action === "summary.report_exported")).toHaveLength(4);
    expect(audited.filter((a) => a.action === "summary.tables_exported")).toHaveLength(2);
  });

  it("answers bad input with 400 and a Chinese message naming the field", async () => {
    const w = await world();
    const kind = await getReport(w.cookie.OFFICE, YEAR, "speech");
    expect(kind.status).toBe(400);
    expect(JSON.stringify(await kind.json())).toContain("文稿类型");
    const year = await getReport(w.cookie.OFFICE, "abc");
    expect(year.status).toBe(400);
    expect((await getTables(w.cookie.OFFICE, 1999)).status).toBe(400);
  });
});

describe("a record added changes the drafted document", () => {
  it("a petition registered through the service is counted in the text, the number and the tables", async () => {
    const w = await world();
    const office = w.sessions.OFFICE.actor;
    const before = await bodyText(await getReport(w.cookie.OFFICE));
    expect(before).toContain(`${YEAR}年，未收到群众来信来访。`);

    const register = (subject: string) =>
      createPetition(
        office,
        PetitionCreateInput.parse({
          channel: "LETTER",
          receivedOn: formatDay(todayInChina()),
          subject,
          content: "村口路灯坏了两个月，夜里出行不便。",
          category: "SUGGESTION_OPINION",
          petitioners: [{ name: "赵春生", address: "起草镇东村" }],
        }),
      );
    await register("东村路灯不亮");
    const one = await bodyText(await getReport(w.cookie.OFFICE));
    expect(one).not.toContain("未收到群众来信来访");
    expect(/共收到群众来信来访(\d+)件/.exec(one)?.[1]).toBe("1");
    expect(one).toContain("其中建议意见类1件");

    await register("西村水渠堵塞");
    const two = await bodyText(await getReport(w.cookie.OFFICE));
    expect(/共收到群众来信来访(\d+)件/.exec(two)?.[1]).toBe("2");
    // The appendix's key-figure row follows: 收到信访件 2 against 0 the year before.
    expect(two).toMatch(/信访：收到信访件\n件\n2\n0\n\+2/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await (await getTables(w.cookie.OFFICE)).arrayBuffer()) as ExcelJS.Buffer);
    const rows: unknown[][] = [];
    wb.getWorksheet("信访")!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["收到信访件", "件", 2, 0, 2]);
    expect(rows).toContainEqual(["按类别：建议意见类", "件", 2, "—", "—"]);
  });
});

describe("the resolved cases a report names", () => {
  it("cites the year's resolved petitions, the county's first, the petitioners' names masked", async () => {
    const w = await world();
    const tid = w.township.id;
    const make = async (subject: string, channel: "LETTER" | "COUNTY_TRANSFER", resolved: boolean, name: string) => {
      const received = formatDay(todayInChina()).slice(0, 4) + "-01-05";
      const p = await db.petition.create({
        data: {
          townshipId: tid,
          channel,
          category: "APPEAL_CLAIM",
          subject,
          content: subject,
          receivedOn: new Date(`${received}T00:00:00Z`),
          closedOn: new Date(`${received}T00:00:00Z`),
          state: "CLOSED",
          resolved,
        },
      });
      await db.petitioner.create({ data: { townshipId: tid, petitionId: p.id, name } });
    };
    await make("张小明反映院墙被拆", "LETTER", true, "张小明");
    await make("北村水井干涸", "COUNTY_TRANSFER", true, "李四");
    await make("南村道路未修", "LETTER", false, "王五");
    const text = await bodyText(await getReport(w.cookie.OFFICE));
    expect(text).toContain("如“北村水井干涸”、“××反映院墙被拆”等");
    expect(text).not.toContain("张小明");
    expect(text).not.toContain("南村道路未修”、");
  });
});

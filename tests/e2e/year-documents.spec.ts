import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import fs from "node:fs";
import { inspectDocx } from "@/lib/docx/inspect";
import { signInAs } from "./helpers";
import { E2E_DRAFT_CHAIR, E2E_DRAFT_DEPUTY } from "./year-documents-users";

// The year's drafted documents (起草文稿镇, tests/e2e/year-documents-seed.ts): from the annual summary's page the
// chair downloads the year-end work summary, the work report to the session and the tables, each under its Chinese
// name, with the petitions counted in the text; a deputy is refused the files.

const text = async (path: string) =>
  (await inspectDocx(fs.readFileSync(path))).paragraphs.map((p) => p.text).join("\n");

test("the chair downloads the drafted documents and the tables of the year", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, E2E_DRAFT_CHAIR);
  await page.goto("/summary/2026");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2026年度工作总结");

  const download = async (name: string) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name }).click()]);
    return { name: file.suggestedFilename(), path: (await file.path())! };
  };

  const summary = await download("下载年度工作总结（Word）");
  expect(summary.name).toBe("起草文稿镇2026年度人大工作总结.docx");
  const body = await text(summary.path);
  expect(body).toContain("一、工作开展情况");
  expect(body).toContain("共收到群众来信来访3件，比上年增加2件，其中建议意见类3件");
  expect(body).toContain("【请填写：全年工作的总体评价】");

  const report = await download("下载主席团工作报告（Word）");
  expect(report.name).toBe("起草文稿镇人民代表大会主席团工作报告（2026年工作回顾，草稿）.docx");
  expect(await text(report.path)).toContain("一、2026年工作回顾");

  const tables = await download("下载统计表（Excel）");
  expect(tables.name).toBe("起草文稿镇2026年人大工作统计表.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(tables.path);
  const rows: unknown[][] = [];
  wb.getWorksheet("信访")!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  expect(rows).toContainEqual(["收到信访件", "件", 3, 1, 2]);
});

test("a deputy is refused the drafted documents and the tables", async ({ page }) => {
  await signInAs(page, E2E_DRAFT_DEPUTY);
  expect((await page.request.get("/api/v1/summary/2026/report.docx?kind=summary")).status()).toBe(403);
  expect((await page.request.get("/api/v1/summary/2026/tables.xlsx")).status()).toBe(403);
});

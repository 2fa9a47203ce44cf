import fs from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";
import { E2E_PRESIDIUM_ACTIVITY, E2E_PRESIDIUM_CHAIR } from "./presidium-users";

// 监督统计 (主席团镇, tests/e2e/presidium-seed.ts: one concluded 专项工作报告审议 of 2026): the chair reads the
// year's figures with their rules and downloads the year's table and the activity's report.

test("the chair reads the year's supervision figures and downloads the table and a report", async ({ page }) => {
  test.setTimeout(60_000);
  await signInAs(page, E2E_PRESIDIUM_CHAIR.username);
  await navigateTo(page, "监督", "监督统计");
  await page.goto("/supervision/figures?year=2026");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2026年度监督工作统计");
  const activities = page.getByRole("region", { name: "监督活动" });
  await expect(activities).toContainText("专项工作报告审议1 项");
  await expect(page.getByRole("region", { name: "民主测评" })).toContainText("有效票数");
  await expect(page.getByRole("region", { name: "审议意见和整改" })).toContainText("按期整改率");
  await expectNoSeriousA11yViolations(page);

  const [table] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载年度监督工作统计表（Excel）" }).click(),
  ]);
  expect(table.suggestedFilename()).toBe("主席团镇2026年度人大监督工作统计表.xlsx");
  expect((await fs.readFile((await table.path())!)).subarray(0, 2).toString("latin1")).toBe("PK");
  const [report] = await Promise.all([
    page.waitForEvent("download"),
    activities.getByRole("link", { name: `下载活动报告：${E2E_PRESIDIUM_ACTIVITY}` }).click(),
  ]);
  expect(report.suggestedFilename()).toBe(`关于${E2E_PRESIDIUM_ACTIVITY}情况的报告（草稿）.docx`);

  await page.setViewportSize({ width: 360, height: 800 });
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/supervision-figures-360.png", fullPage: true });
});

import { expect, test } from "@playwright/test";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";
import { E2E_SUMMARY_CHAIR, E2E_SUMMARY_DEPUTY } from "./summary-users";

// 年度工作总结 (年度总结镇, tests/e2e/summary-seed.ts: petitions 2 in 2026 and 1 in 2025, a group activity each
// year): the chair opens the year's summary from the navigation, reads a figure with the year before and the
// change, follows it to the records behind it, finds the documents' downloads and opens the term's review; axe passes on a desktop and a
// phone. A deputy does not see the page.

test("the chair reads the annual summary with the year before and follows a figure to its records", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, E2E_SUMMARY_CHAIR);
  await navigateTo(page, "年度", "年度总结");
  await expect(page).toHaveURL(/\/summary\/\d{4}$/);
  await page.goto("/summary/2026");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2026年度工作总结");
  const petitions = page.getByRole("region", { name: "信访" });
  const received = petitions.getByRole("row").filter({ hasText: "收到信访件" });
  await expect(received).toContainText("2 件");
  await expect(received).toContainText("1 件");
  await expect(received).toContainText("增加 1 件");
  const groups = page.getByRole("region", { name: "代表小组活动" });
  await expect(groups.getByRole("row").filter({ hasText: "代表小组活动" }).first()).toContainText("持平");
  for (const name of ["下载年度工作总结（Word）", "下载主席团工作报告（Word）", "下载统计表（Excel）"])
    await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByRole("link", { name: "下载统计表（Excel）" })).toHaveAttribute(
    "href",
    "/api/v1/summary/2026/tables.xlsx",
  );
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/summary-1366.png", fullPage: true });

  await page.getByRole("link", { name: "上半年（半年小结）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("2026年上半年工作小结");
  await expect(
    page.getByRole("region", { name: "信访" }).getByRole("row").filter({ hasText: "收到信访件" }),
  ).toContainText("持平");

  await page.goto("/summary/2026");
  await page.getByRole("region", { name: "信访" }).getByRole("link", { name: "收到信访件" }).click();
  await expect(page).toHaveURL(/\/petitions\?year=2026$/);

  await page.goto("/summary/2026");
  await page.getByRole("link", { name: "本届工作回顾（第17届）" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("第17届工作回顾");
  await expect(
    page.getByRole("region", { name: "信访" }).getByRole("row").filter({ hasText: "收到信访件" }),
  ).toContainText("2 件");
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/summary/2026");
  await expect(page.getByRole("region", { name: "信访" })).toContainText("增加 1 件");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/summary-360.png", fullPage: true });
});

test("a deputy does not see the annual summary", async ({ page }) => {
  await signInAs(page, E2E_SUMMARY_DEPUTY);
  await page.goto("/summary/2026");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在或无权访问");
  expect((await page.request.get("/api/v1/summary/2026")).status()).toBe(403);
});

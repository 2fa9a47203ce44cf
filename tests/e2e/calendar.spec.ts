import { expect, test } from "@playwright/test";
import { E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The official working calendar (系统 › 工作日历): the package's 2026 arrangement, and an office's
// override for a year the package does not have.

const PHONE = { width: 360, height: 740 };

test("the office sees 2026's holidays and make-up days, adds a day for 2099 and removes it", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/settings/calendar?year=2026");
  await expect(page.getByRole("heading", { level: 1, name: "工作日历（2026 年）" })).toBeVisible();
  const table = page.getByRole("table", { name: "2026 年放假和调休上班日期" });
  await expect(table.getByRole("row").filter({ hasText: "2026年2月14日 星期六" })).toContainText("上班（调休）");
  await expect(table.getByRole("row").filter({ hasText: "2026年10月1日 星期四" })).toContainText("国庆节");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/settings/calendar?year=2099");
  await expect(page.getByText("内置日历尚未收录 2099 年的放假安排")).toBeVisible();
  const form = page.getByRole("form", { name: "添加日历调整" });
  await form.getByLabel("日期").fill("2099-10-01");
  await form.getByLabel("类型").selectOption("HOLIDAY");
  await form.getByLabel("说明").fill("国庆节");
  await form.getByRole("button", { name: "添加" }).click();
  const row = page.getByRole("row").filter({ hasText: "2099年10月1日" });
  await expect(row).toContainText("本办调整");
  await expectNoSeriousA11yViolations(page);

  await page.setViewportSize(PHONE);
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  await page.getByRole("button", { name: "删除 2099-10-01 的调整" }).click();
  await page.getByRole("button", { name: "确认删除 2099-10-01 的调整" }).click();
  await expect(page.getByText("2099年10月1日")).toHaveCount(0);
});

test("a deputy cannot open the calendar page", async ({ page }) => {
  await signInAs(page, E2E_USERS.DEPUTY);
  const res = await page.goto("/settings/calendar");
  await expect(page.getByRole("heading", { level: 1, name: /工作日历/ })).toHaveCount(0);
  expect(res?.status()).toBe(404);
});

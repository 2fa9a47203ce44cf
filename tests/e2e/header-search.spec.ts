import { expect, test, type Page } from "@playwright/test";
import { E2E_ACCESS_DEPUTIES, E2E_ACCESS_UNITS, E2E_ACCESS_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The header's search dropdown (components/layout/header-search.tsx) in 权限镇: every suggestion
// there is 林建言's, so 交通办's account may see 林建言 (whose suggestions it handles) and never
// 陈旁观 (who proposed nothing) — the dropdown reads /api/v1/search, the lists' own policy.

const box = (page: Page) => page.getByRole("combobox", { name: "搜索代表、建议或承办单位" });
const dropdown = (page: Page) => page.getByRole("listbox", { name: "搜索建议" });

test("the office types a name, sees it under 代表, and opens the record with the arrow and Enter", async ({ page }) => {
  await signInAs(page, E2E_ACCESS_USERS.office);
  await box(page).fill(E2E_ACCESS_DEPUTIES.proposer);
  const deputies = dropdown(page).getByRole("group", { name: "代表" });
  await expect(deputies.getByRole("option", { name: E2E_ACCESS_DEPUTIES.proposer })).toBeVisible();
  await expect(box(page)).toHaveAttribute("aria-expanded", "true");
  await expectNoSeriousA11yViolations(page);

  await box(page).press("ArrowDown");
  await expect(deputies.getByRole("option", { name: E2E_ACCESS_DEPUTIES.proposer })).toHaveAttribute(
    "aria-selected",
    "true",
  );
  await expect(box(page)).toHaveAttribute("aria-activedescendant", /.+/);
  await box(page).press("Enter");
  await page.waitForURL(/\/deputies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(E2E_ACCESS_DEPUTIES.proposer);
});

test("groups 建议 and 单位, at most eight options; Escape closes; Enter without a choice goes to /search", async ({
  page,
}) => {
  await signInAs(page, E2E_ACCESS_USERS.office);
  // 权限测试 matches dozens of suggestions: the dropdown shows eight.
  await box(page).fill("权限测试");
  await expect(dropdown(page).getByRole("group", { name: "建议" })).toBeVisible();
  await expect(dropdown(page).getByRole("option")).toHaveCount(8);

  await box(page).fill(E2E_ACCESS_UNITS.lead);
  await expect(
    dropdown(page).getByRole("group", { name: "单位" }).getByRole("option", { name: E2E_ACCESS_UNITS.lead }),
  ).toBeVisible();
  await box(page).press("Escape");
  await expect(dropdown(page)).toBeHidden();
  await expect(box(page)).toHaveAttribute("aria-expanded", "false");
  await expect(box(page)).toHaveValue(E2E_ACCESS_UNITS.lead);

  await box(page).press("Enter");
  await page.waitForURL((url) => url.pathname === "/search");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`搜索“${E2E_ACCESS_UNITS.lead}”`);
});

test("a unit's dropdown never shows a deputy it may not see", async ({ page }) => {
  await signInAs(page, E2E_ACCESS_USERS.leadUnit);
  await box(page).fill(E2E_ACCESS_DEPUTIES.other);
  // The answer came back (the no-match line), and it holds no deputy.
  await expect(page.getByText("没有匹配的结果，按回车查看搜索页")).toBeVisible();
  await expect(page.getByRole("option", { name: E2E_ACCESS_DEPUTIES.other })).toHaveCount(0);
  // The proposer of what it handles, it does see.
  await box(page).fill(E2E_ACCESS_DEPUTIES.proposer);
  await expect(
    dropdown(page).getByRole("group", { name: "代表" }).getByRole("option", { name: E2E_ACCESS_DEPUTIES.proposer }),
  ).toBeVisible();
  await expect(dropdown(page).getByRole("group", { name: "单位" })).toHaveCount(0);
});

test("works at 360 px: the dropdown fits the screen and passes axe", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, E2E_ACCESS_USERS.office);
  await box(page).fill("权限");
  await expect(dropdown(page).getByRole("option").first()).toBeVisible();
  const rect = await dropdown(page).boundingBox();
  expect(rect!.x).toBeGreaterThanOrEqual(0);
  expect(rect!.x + rect!.width).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("header-search-360.png") });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath("header-search-1366.png") });
});

import { expect, test, type Page } from "@playwright/test";
import { E2E_DASH_ACCUSATIONS, E2E_DASH_APPEAL, E2E_DASH_USERS, seedYear, year } from "./dashboard-users";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";

// 概览镇 (tests/e2e/dashboard-seed.ts): the chair opens the year's dashboard, the charts draw into boxes of fixed
// height, a bar opens the list of the records it counts, the page prints with its charts, and it passes axe on a
// 360 px phone and at 1366×768. DASHBOARD_SHOTS=<dir> keeps the screenshots.

const SHOTS = process.env.DASHBOARD_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const chart = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);

/** Opens the dashboard of the seed's year and waits until every chart with data has drawn its SVG. */
async function openDashboard(page: Page) {
  if (seedYear() === year()) await navigateTo(page, "年度", "年度概览");
  else await page.goto(`/dashboard?year=${seedYear()}`);
  await expect(page.getByRole("heading", { level: 1, name: `${seedYear()}年度工作概览` })).toBeVisible();
  await expect(chart(page, "petitions-category").locator(".chart-canvas svg")).toBeVisible();
  const canvases = page.locator(".chart-canvas");
  await expect(canvases.locator("svg")).toHaveCount(await canvases.count());
}

test("the chair's dashboard: key figures and charts, a bar opens its records, printable, axe at 1366×768", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAs(page, E2E_DASH_USERS.chair);
  await openDashboard(page);
  const y = seedYear();

  // The key figures, each a link to its list.
  const petitions = page.locator('a[data-figure="petitions"]');
  await expect(petitions).toContainText("3 件");
  await expect(petitions).toHaveAttribute("href", `/petitions?year=${y}`);
  await expect(page.locator('a[data-figure="suggestions"]')).toContainText("4 件");

  // Fixed height: the box is as tall before and after the chart draws (no layout shift).
  const box = chart(page, "petitions-category").locator(".chart-canvas");
  expect((await box.boundingBox())?.height).toBe(240);
  expect((await box.locator("svg").boundingBox())?.height).toBe(240);

  // The same numbers as a table, for screen readers and keyboards, with the same links.
  const table = chart(page, "suggestions-state");
  await table.getByText("数据表").click();
  await expect(table.getByRole("row", { name: /已交办/ }).getByRole("link")).toHaveAttribute(
    "href",
    `/suggestions?year=${y}&counted=true&state=ASSIGNED`,
  );
  await expectNoSeriousA11yViolations(page);
  await shot(page, "dashboard-1366");

  // Printed: the charts are drawn, the data tables and the year picker are not, links read as plain text.
  await page.emulateMedia({ media: "print" });
  await expect(chart(page, "petitions-category").locator(".chart-canvas svg")).toBeVisible();
  await expect(table.locator(".chart-data")).toBeHidden();
  await expect(page.getByRole("form", { name: "选择年度" })).toBeHidden();
  expect(await petitions.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("none");
  await shot(page, "dashboard-print");
  await page.emulateMedia({ media: "screen" });

  // A click on the 检举控告类 bar (the first bar of 信访件按类别) opens exactly those petitions.
  const bar = chart(page, "petitions-category").locator(".chart-canvas svg path[fill='#1d4ed8']").first();
  await bar.click();
  await page.waitForURL(`**/petitions?year=${y}&category=ACCUSATION`);
  const list = page.getByRole("table", { name: "信访件列表" });
  for (const subject of E2E_DASH_ACCUSATIONS) await expect(list.getByText(subject)).toBeVisible();
  await expect(list.getByText(E2E_DASH_APPEAL)).toHaveCount(0);
  await shot(page, "dashboard-click-petitions");
});

test("a bar of the suggestions by lead unit opens that unit's suggestions; the dashboard passes axe on a phone", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAs(page, E2E_DASH_USERS.office);
  await openDashboard(page);
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectNoSeriousA11yViolations(page);
  await shot(page, "dashboard-360");

  const units = chart(page, "suggestions-unit");
  await units.locator(".chart-canvas svg path[fill='#1d4ed8']").first().tap();
  await page.waitForURL(/\/suggestions\?year=\d{4}&counted=true&leadUnitId=[0-9a-f-]{36}$/);
  await expect(page.getByText("主办单位：民政办")).toBeVisible();
  await expect(page.getByText("关于概览镇村道硬化的建议")).toBeVisible();
  await expect(page.getByText("关于概览镇低保复核的建议")).toBeVisible();
  await expect(page.getByText("关于概览镇财政公开的建议")).toHaveCount(0);
  await context.close();
});

test("the office's landing shows the year's progress; a deputy cannot open the dashboard", async ({ page }) => {
  await signInAs(page, E2E_DASH_USERS.office);
  const progress = page.getByRole("region", { name: `${year()} 年工作进度` });
  await expect(progress).toBeVisible();
  if (seedYear() === year()) await expect(progress.locator('a[data-progress="petitions"]')).toContainText("1 / 3 件");
  await expectNoSeriousA11yViolations(page);
  await page.context().clearCookies();
  await signInAs(page, E2E_DASH_USERS.deputy);
  await expect(page.getByRole("region", { name: `${year()} 年“六个一”` })).toBeVisible();
  const res = await page.goto("/dashboard");
  expect(res?.status()).toBe(404);
});

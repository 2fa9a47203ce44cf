import { expect, test, type Page } from "@playwright/test";
import { E2E_COUNTY, E2E_COUNTY_TOWNSHIPS, E2E_COUNTY_USERS } from "./county-users";
import { expectNoSeriousA11yViolations, signInAs, todayInChina } from "./helpers";

const SHOTS = process.env.E2E_SHOTS;
const YEAR = Number(todayInChina().slice(0, 4));

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function expectNoHorizontalScroll(page: Page, width: number) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

/** The row of the side-by-side table that names `township`. */
const rowOf = (page: Page, township: string) =>
  page
    .getByRole("table", { name: `${YEAR}年各乡镇主要工作数字` })
    .getByRole("row")
    .filter({ hasText: township });

test.describe("the county view (县人大)", () => {
  for (const [width, height] of [
    [1366, 768],
    [360, 740],
  ] as const) {
    test(`a county account reads its townships side by side and opens one, at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await signInAs(page, E2E_COUNTY_USERS.county);
      await expect(page).toHaveURL(/\/county$/);
      await expect(page.getByRole("link", { name: `${E2E_COUNTY.name}人大工作平台` })).toBeVisible();
      const table = page.getByRole("table", { name: `${YEAR}年各乡镇主要工作数字` });
      await expect(table).toBeVisible();
      // 县览东镇 then 县览西镇 (by code), the county's total last; 县览外镇 (another county) nowhere.
      await expect(rowOf(page, E2E_COUNTY_TOWNSHIPS.east)).toContainText("2上年 1");
      await expect(rowOf(page, E2E_COUNTY_TOWNSHIPS.west)).toContainText("1上年 3");
      await expect(rowOf(page, "全县合计")).toContainText("3上年 4");
      await expect(page.getByText(E2E_COUNTY_TOWNSHIPS.outside)).toHaveCount(0);
      await expect(page.getByRole("search")).toHaveCount(0);

      // The charts (the dashboard's component): the townships side by side, this year beside last year, drawn as
      // SVG into a box of fixed height; the same numbers in the chart's data table.
      const receptionChart = page.locator('figure[data-chart="county-reception-days"]');
      await expect(receptionChart.locator(".chart-canvas svg")).toBeVisible();
      expect((await receptionChart.locator(".chart-canvas").boundingBox())?.height).toBe(240);
      const canvases = page.locator(".chart-canvas");
      await expect(canvases.locator("svg")).toHaveCount(await canvases.count());
      await receptionChart.getByText("数据表").click();
      const west = receptionChart.getByRole("row", { name: new RegExp(E2E_COUNTY_TOWNSHIPS.west) });
      await expect(west.getByRole("link")).toHaveText(["1次", "3次"]);
      await expect(west.getByRole("link").last()).toHaveAttribute("href", new RegExp(`\\?year=${YEAR - 1}$`));
      await expect(receptionChart.getByRole("row", { name: /全县合计/ })).toHaveCount(0);
      // No suggestion recorded: the rate charts draw nothing rather than a made-up county rate.
      await expect(page.locator('figure[data-chart="county-suggestions-onTimeRate"]')).toContainText("本年暂无数据");
      await expectNoHorizontalScroll(page, width);
      await expectNoSeriousA11yViolations(page);
      await shot(page, `county-${width}`);

      await page.getByRole("link", { name: E2E_COUNTY_TOWNSHIPS.west }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: `${E2E_COUNTY_TOWNSHIPS.west}${YEAR}年度工作概况` }),
      ).toBeVisible();
      const reception = page.getByRole("table", { name: `接待选民日：${YEAR}年与上年` });
      await expect(reception.getByRole("row", { name: /举行接待选民日/ })).toContainText("减少 2 次");
      await expectNoHorizontalScroll(page, width);
      await expectNoSeriousA11yViolations(page);
      await shot(page, `county-township-${width}`);
      await page.getByRole("link", { name: "返回各乡镇概况" }).click();
      await expect(table).toBeVisible();
    });
  }

  test("a county account opens nothing of a township: its pages answer 404", async ({ page }) => {
    await signInAs(page, E2E_COUNTY_USERS.county);
    for (const path of ["/suggestions", "/petitions", "/deputies", "/users", "/reception-days", "/search?q=镇"]) {
      const res = await page.goto(path);
      expect(res?.status(), path).toBe(404);
    }
    const res = await page.goto(`/county/townships/${crypto.randomUUID()}`);
    expect(res?.status()).toBe(404);
  });

  test("a township's office does not open the county view", async ({ page }) => {
    await signInAs(page, E2E_COUNTY_USERS.office);
    const res = await page.goto("/county");
    expect(res?.status()).toBe(404);
  });
});

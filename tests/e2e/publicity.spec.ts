import { expect, test, type Page } from "@playwright/test";
import { E2E_PUB_ITEM, E2E_PUB_USERS } from "./publicity-users";
import { expectNoSeriousA11yViolations, signInAs, todayInChina } from "./helpers";

// 宣传更正镇 (tests/e2e/publicity-seed.ts): the office corrects a publicity item with a reason in the browser — the
// client's check and the server's 400 each shown at the field — and the item's 更正记录 keeps the original; the
// presidium reads it without a form; a deputy and a unit open nothing (404, the API 403); 代录 of an item sent last
// year lands in that year's list; axe passes at 1366×768 and 360 px. E2E_SHOTS=<dir> keeps screenshots.

const SHOTS = process.env.E2E_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
const day = (offset: number) => {
  const [y, m, d] = todayInChina().split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10);
};
const SENT_ON = day(-E2E_PUB_ITEM.daysAgo);
const ITEM_YEAR = Number(SENT_ON.slice(0, 4));
const NEW_TITLE = `${E2E_PUB_ITEM.title}（更正）`;
const ITEM_PATH = `/publicity/${E2E_PUB_ITEM.id}`;

async function expectNoHorizontalScroll(page: Page, width: number) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test.describe.serial("publicity corrections (宣传稿件更正)", () => {
  test("the office corrects an item with a reason; the original stays in the 更正记录", async ({ page }) => {
    await signInAs(page, E2E_PUB_USERS.office);
    await page.goto(`/publicity?year=${ITEM_YEAR}`);
    // The scoring table says it is local practice, not law, and whether it is still the app's defaults.
    await expect(page.getByTestId("scoring-note")).toContainText("不是法律规定");
    await expect(page.getByTestId("scoring-note")).toContainText("系统预设的参考分值");
    await page.getByRole("link", { name: E2E_PUB_ITEM.title, exact: true }).click();
    await page.waitForURL(`**${ITEM_PATH}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_PUB_ITEM.title);
    await expect(page.getByRole("region", { name: "更正记录" })).toContainText("暂无更正");

    const form = page.getByRole("form", { name: "更正稿件" });
    await form.getByLabel("稿件标题").fill(NEW_TITLE);
    await form.getByLabel("计分类别").selectOption("PROVINCE_PUBLISHED");
    // No reason: refused by the form's own schema (the server's), at the field.
    await form.getByRole("button", { name: "保存更正" }).click();
    await expect(form.getByLabel("更正原因")).toHaveAccessibleDescription(/请填写更正原因/);
    // A day sent after today passes the schema but not the server: its 400 is shown at 报送日期.
    await form.getByLabel("更正原因").fill("类别和标题登记有误，按县人大采用通知更正");
    await form.getByLabel("报送日期").fill(day(1));
    await form.getByRole("button", { name: "保存更正" }).click();
    await expect(form.getByLabel("报送日期")).toHaveAccessibleDescription(/报送日期：不能晚于今天/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(E2E_PUB_ITEM.title);

    await form.getByLabel("报送日期").fill(SENT_ON);
    await form.getByRole("button", { name: "保存更正" }).click();
    await expect(form.getByText("已更正")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEW_TITLE);
    const facts = page.getByRole("region", { name: "登记内容" });
    await expect(facts).toContainText("省级刊物或媒体刊发");
    await expect(facts).toContainText("10分");

    // The history: the original struck through, the corrected value, who, and why.
    const history = page.getByRole("region", { name: "更正记录" });
    const entry = history.getByRole("listitem").filter({ hasText: "更正宣传稿件" });
    await expect(entry).toHaveCount(1);
    await expect(entry.locator("del", { hasText: E2E_PUB_ITEM.title })).toBeVisible();
    await expect(entry.locator("ins", { hasText: NEW_TITLE })).toBeVisible();
    await expect(entry.locator("del", { hasText: "信息被县人大采用" })).toBeVisible();
    await expect(entry.locator("ins", { hasText: "省级刊物或媒体刊发" })).toBeVisible();
    const points = entry.locator("li", { hasText: "得分：" });
    await expect(points.locator("del")).toHaveText("2");
    await expect(points.locator("ins")).toHaveText("10");
    await expect(entry).toContainText("更正原因：类别和标题登记有误，按县人大采用通知更正");
    // Not a moved date: the 400 changed nothing.
    await expect(entry).not.toContainText("报送日期");
    await expectNoSeriousA11yViolations(page);
    await shot(page, "publicity-item-1366");

    // The list shows the item as corrected.
    await page.getByRole("link", { name: `返回${ITEM_YEAR}年宣传稿件` }).click();
    await expect(page.getByRole("link", { name: NEW_TITLE, exact: true })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });

  test("the presidium reads the 更正记录 without a form", async ({ page }) => {
    await signInAs(page, E2E_PUB_USERS.presidium);
    await page.goto(ITEM_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(NEW_TITLE);
    await expect(page.getByRole("region", { name: "更正记录" }).locator("del").first()).toBeVisible();
    await expect(page.getByRole("form", { name: "更正稿件" })).toHaveCount(0);
    const res = await page.request.post(`/api/v1/publicity/${E2E_PUB_ITEM.id}/corrections`, {
      data: { version: 2, title: "主席团改标题", reason: "试图更正" },
    });
    expect(res.status()).toBe(403);
  });

  for (const who of ["deputy", "unit"] as const) {
    test(`a ${who} opens no publicity page and cannot correct (deny by default)`, async ({ page }) => {
      await signInAs(page, E2E_PUB_USERS[who]);
      for (const path of ["/publicity", ITEM_PATH]) expect((await page.goto(path))?.status(), path).toBe(404);
      const res = await page.request.post(`/api/v1/publicity/${E2E_PUB_ITEM.id}/corrections`, {
        data: { version: 2, title: "越权更正", reason: "试图更正" },
      });
      expect(res.status()).toBe(403);
      expect((await page.request.get(`/api/v1/publicity/${E2E_PUB_ITEM.id}`)).status()).toBe(403);
    });
  }

  test("代录 at 360 px: an item sent last year lands in last year's list; the pages fit the phone and pass axe", async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInAs(page, E2E_PUB_USERS.office);
    const lastYear = Number(todayInChina().slice(0, 4)) - 1;
    await page.goto("/publicity");
    await expectNoHorizontalScroll(page, 360);
    await expectNoSeriousA11yViolations(page);
    const form = page.getByRole("form", { name: "登记宣传稿件" });
    await form.getByLabel("稿件标题").fill("宣传更正镇代录的去年稿件");
    await form.getByLabel("计分类别").selectOption("CITY_PUBLISHED");
    await form.getByLabel("报送或刊发单位").fill("《市人大》");
    await form.getByLabel("报送日期").fill(`${lastYear}-12-20`);
    await form.getByLabel("刊发日期").fill(`${lastYear}-12-28`);
    await form.getByRole("button", { name: "登记稿件" }).click();
    await page.waitForURL(new RegExp(`/publicity\\?year=${lastYear}#items$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${lastYear}年人大宣传`);
    await expect(page.getByRole("link", { name: "宣传更正镇代录的去年稿件" })).toBeVisible();
    await expectNoHorizontalScroll(page, 360);
    await shot(page, "publicity-360");

    await page.goto(ITEM_PATH);
    await expect(page.getByRole("region", { name: "更正记录" }).locator("del").first()).toBeVisible();
    await expect(page.getByRole("form", { name: "更正稿件" })).toBeVisible();
    await expectNoHorizontalScroll(page, 360);
    await expectNoSeriousA11yViolations(page);
    await shot(page, "publicity-item-360");
    await context.close();
  });
});

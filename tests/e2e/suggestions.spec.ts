import { expect, test, type Page } from "@playwright/test";
import { E2E_OTHER_DEPUTY_NAME, E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";

// 代表建议 in 测试镇: e2e-deputy is 张测试, e2e-unit belongs to 民政办 (tests/e2e/accounts.ts).

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };

const region = (page: Page, name: string | RegExp) => page.getByRole("region", { name });
/** The state as the record shows it ("状态" in 建议内容). */
const state = (page: Page) => region(page, "建议内容").locator("dd").nth(3);
const figure = (page: Page, label: string) =>
  region(page, /年办理情况$/)
    .locator("div")
    .filter({ hasText: new RegExp(`^${label}`) })
    .locator("dd")
    .first();
const noSidewaysScroll = (page: Page) =>
  expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

/** Signs the current user out (the login page sends a signed-in visitor home) and another one in. */
async function switchTo(page: Page, username: string, viewport = DESKTOP) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL(/\/login$/);
  await page.setViewportSize(viewport);
  await signInAs(page, username);
}

async function reply(page: Page, replyClass: string, text: string) {
  const form = page.getByRole("form", { name: "答复建议" });
  await form.getByLabel(replyClass).check();
  await form.getByLabel("答复内容").fill(text);
  await form.getByRole("button", { name: "提交答复" }).click();
  await expect(state(page)).toHaveText("已答复");
}

async function rate(page: Page, rating: "满意" | "基本满意" | "不满意", comment?: string) {
  const form = page.getByRole("form", { name: "评价答复" });
  await form.getByLabel(rating, { exact: true }).check();
  if (comment) await form.getByLabel(/^意见/).fill(comment);
  await form.getByRole("button", { name: "提交评价" }).click();
}

test("a deputy's suggestion is registered, assigned, answered, rated 不满意, re-handled and rated 满意; the chair sees the satisfaction rate", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const title = `修复村道路灯 ${Date.now()}`;

  // The deputy submits on a phone, with a co-signer.
  await page.setViewportSize(PHONE);
  await signInAs(page, E2E_USERS.DEPUTY);
  await navigateTo(page, "建议", "代表建议");
  await expect(page.getByRole("heading", { level: 2, name: "我的建议" })).toBeVisible();
  await page.getByRole("link", { name: "提交建议" }).click();
  const create = page.getByRole("form", { name: "提交建议" });
  await create.getByLabel("标题").fill(title);
  await create.getByLabel("内容").fill("村东头至小学路段 12 盏路灯损坏，学生晚自习回家路段漆黑，建议尽快修复。");
  await create.getByLabel("类别").selectOption({ label: "城乡建设" });
  await create.locator("summary", { hasText: "附议代表" }).click();
  await create.getByLabel(E2E_OTHER_DEPUTY_NAME).check();
  await noSidewaysScroll(page);
  await create.getByRole("button", { name: "提交建议" }).click();
  await page.waitForURL(/\/suggestions\/[0-9a-f-]{36}\?submitted=1$/);
  const path = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(state(page)).toHaveText("已提交");
  await expect(region(page, "建议内容")).toContainText(`附议代表${E2E_OTHER_DEPUTY_NAME}`);
  await noSidewaysScroll(page);
  await page.goto("/suggestions");
  await expect(
    page.getByRole("list", { name: "我的建议列表" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("已提交");

  // The office registers it (numbered) and assigns it to 民政办.
  await switchTo(page, E2E_USERS.OFFICE);
  await page.goto("/suggestions");
  await page.getByRole("table", { name: "代表建议列表" }).getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(state(page)).toHaveText("已登记");
  await expect(region(page, "建议内容")).toContainText(/编号\d{4}-\d{3}/);
  await expectNoSeriousA11yViolations(page);
  const assign = page.getByRole("form", { name: "交办建议" });
  await assign.getByLabel("主办单位").selectOption({ label: "民政办" });
  await assign.getByRole("button", { name: "交办" }).click();
  await expect(state(page)).toHaveText("已交办");
  await expect(region(page, "交办与期限")).toContainText("民政办（主办");
  await expect(region(page, "办理过程")).toContainText("交办承办单位");

  // The chair signs the assignment off.
  await switchTo(page, E2E_USERS.CHAIR);
  await page.goto("/suggestions");
  const signOff = page.getByRole("form", { name: "签发交办" });
  await signOff.getByLabel(new RegExp(title)).check();
  await signOff.getByRole("button", { name: "签发" }).click();
  await expect(signOff.getByRole("status")).toHaveText("已签发 1 件");

  // The unit finds it in its inbox and replies (class B). A stale form is refused and keeps its text.
  await switchTo(page, E2E_USERS.UNIT);
  await page.goto("/suggestions");
  await expect(page.getByRole("heading", { level: 1, name: "交办给本单位的建议" })).toBeVisible();
  await page.getByRole("table", { name: "交办给本单位的建议" }).getByRole("link", { name: title }).click();
  const answer = "已列入明年村道亮化计划，先行修复小学路段 6 盏。";
  const form = page.getByRole("form", { name: "答复建议" });
  await form.getByLabel("B 列入计划逐步解决").check();
  await form.getByLabel("答复内容").fill(answer);
  const id = path.split("/").pop();
  const current = await (await page.request.get(`/api/v1/suggestions/${id}`)).json();
  const progress = await page.request.post(`/api/v1/suggestions/${id}/transitions`, {
    data: { action: "progress", version: current.version, note: "已现场查看" },
  });
  expect(progress.status()).toBe(200);
  await form.getByRole("button", { name: "提交答复" }).click();
  await expect(form.getByRole("alert")).toContainText("已被他人修改");
  await expect(form.getByLabel("答复内容")).toHaveValue(answer);
  await page.reload();
  await reply(page, "B 列入计划逐步解决", answer);

  // The deputy is not satisfied: a comment is required, and it goes back to the unit.
  await switchTo(page, E2E_USERS.DEPUTY, PHONE);
  await page.goto(path);
  await expect(region(page, "答复")).toContainText(answer);
  // The presidium's internal steps are not the deputy's: no 签发, no "not published yet".
  await expect(page.getByText("主席签发")).toHaveCount(0);
  await expect(region(page, "建议内容")).not.toContainText("未公开");
  await expectNoSeriousA11yViolations(page);
  await rate(page, "不满意");
  await expect(page.getByRole("form", { name: "评价答复" })).toContainText("不满意时请写明意见");
  await rate(page, "不满意", "只修一半，小学路段以外仍然漆黑");
  await expect(state(page)).toHaveText("重新办理");
  await noSidewaysScroll(page);

  // The unit handles it again and replies (class A).
  await switchTo(page, E2E_USERS.UNIT);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "重新答复" })).toBeVisible();
  await reply(page, "A 已解决或基本解决", "12 盏路灯已全部修复，并安排专人每月巡查。");

  // The deputy is satisfied; the timeline shows both replies and both ratings.
  await switchTo(page, E2E_USERS.DEPUTY, PHONE);
  await page.goto(path);
  await rate(page, "满意");
  await expect(state(page)).toHaveText("已评价");
  const timeline = region(page, "办理过程");
  await expect(timeline.getByRole("listitem").filter({ hasText: "承办单位答复" })).toHaveCount(2);
  await expect(timeline.getByRole("listitem").filter({ hasText: "评价：不满意" })).toContainText("只修一半");
  await expect(timeline.getByRole("listitem").filter({ hasText: "评价：满意" })).toHaveCount(1);

  // The chair's figures: rated by the latest rating, 满意 — 100% (other specs' ratings in this township
  // are 满意 too); re-handled once.
  await switchTo(page, E2E_USERS.CHAIR);
  await page.goto("/suggestions");
  await expect(figure(page, "满意率")).toHaveText("100%");
  await expect(figure(page, "重新办理")).toHaveText("1 次");
});

test("/suggestions (as the office) has no serious accessibility violations", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/suggestions");
  await expect(page.getByRole("heading", { level: 1, name: "代表建议" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test.describe("on a 360×740 phone", () => {
  test.use({ viewport: PHONE });

  test("/suggestions (as a deputy) has no serious accessibility violations and does not scroll sideways", async ({
    page,
  }) => {
    await signInAs(page, E2E_USERS.DEPUTY);
    await page.goto("/suggestions");
    await expect(page.getByRole("heading", { level: 2, name: "我的建议" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await noSidewaysScroll(page);
  });
});

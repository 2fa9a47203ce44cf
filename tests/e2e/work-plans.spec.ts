import { expect, test, type Page } from "@playwright/test";
import { E2E_WORK_PLAN_TOWNSHIP, E2E_WORK_PLAN_USERS, E2E_WORK_PLAN_YEAR } from "./work-plan-users";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";

// 要点镇 (tests/e2e/work-plan-seed.ts): the office drafts the year plan, adds two items, links the session that
// closed in March to the first, records the party committee's approval and sees the progress; the chair reads it
// on a 360 px phone.

const TITLE = `${E2E_WORK_PLAN_TOWNSHIP}人大主席团${E2E_WORK_PLAN_YEAR}年工作要点`;
const SESSION_ITEM = "召开镇人民代表大会第四次会议";
const VISIT_ITEM = "组织代表视察民生实事项目";
const SHOTS = process.env.WORK_PLAN_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

async function addItem(page: Page, month: string, module: string, title: string, responsible: string) {
  const form = page.getByRole("form", { name: "新增工作事项" });
  await form.getByLabel("月份").selectOption({ label: month });
  await form.getByLabel("所属工作").selectOption({ label: module });
  await form.getByLabel("工作事项").fill(title);
  await form.getByLabel("责任人").fill(responsible);
  await form.getByRole("button", { name: "新增事项" }).click();
  await expect(page.getByRole("list", { name: "工作事项" }).getByText(title)).toBeVisible();
}

test("the office makes the year plan, links a session, records the approval and sees the progress", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, E2E_WORK_PLAN_USERS.office);
  await navigateTo(page, "年度", "工作要点");
  await expect(page.getByRole("heading", { level: 1, name: "工作要点" })).toBeVisible();
  await page.getByLabel("年度").last().fill(String(E2E_WORK_PLAN_YEAR));
  await page.getByRole("button", { name: "新建草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();

  // An item without its title is refused naming the field; then two items.
  const form = page.getByRole("form", { name: "新增工作事项" });
  await form.getByLabel("责任人").fill("主席团");
  await form.getByRole("button", { name: "新增事项" }).click();
  await expect(form.getByText("请填写工作事项").first()).toBeVisible();
  await addItem(page, "3月", "人代会", SESSION_ITEM, "主席团");
  await addItem(page, "1月", "监督活动", VISIT_ITEM, "副主席");

  // Link the session held in March: the item is done; January's visit, with nothing linked, is overdue.
  const item = page.getByRole("listitem").filter({ hasText: SESSION_ITEM }).first();
  await item.getByText("处理此项").click();
  await item.getByRole("button", { name: "列出记录" }).click();
  await item.getByLabel("关联记录", { exact: true }).selectOption({ label: `${E2E_WORK_PLAN_YEAR}-03-18 第4次人代会` });
  await item.getByRole("button", { name: "关联", exact: true }).click();
  await expect(item.getByText("关联记录 1/1 已完成")).toBeVisible();
  await expect(item.locator("span", { hasText: /^已完成$/ })).toBeVisible();
  await expect(page.getByText("有 1 项工作计划月份已过")).toBeVisible();
  const figures = page.getByRole("region", { name: "完成情况" });
  await expect(figures).toContainText("2事项");
  await expect(figures).toContainText("1已完成");

  // 党委审定: the day and the note; the plan is then an official record (changes need a reason).
  const approve = page.getByRole("form", { name: "登记党委审定" });
  await approve.getByLabel("审定意见").fill("镇党委会议审定同意");
  await approve.getByRole("button", { name: "登记党委审定" }).click();
  await expect(page.getByText(/党委已审定（\d{4}-\d{2}-\d{2}，镇党委会议审定同意）/)).toBeVisible();
  const correct = page.getByRole("form", { name: "更正工作要点" });
  await correct.getByLabel("标题").fill(`${TITLE}（修订）`);
  await correct.getByRole("button", { name: "保存更正" }).click();
  await expect(correct.getByText("请填写更正原因").first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, "plan-1366");
  const file = await page.request.get(
    (await page.getByRole("link", { name: "Word（按工作）" }).getAttribute("href")) ?? "",
  );
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("wordprocessingml");
  const url = page.url();

  // The chair reads the plan and its progress on a phone.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await signInAs(phone, E2E_WORK_PLAN_USERS.chair);
  await phone.goto("/work-plans");
  await expect(phone.getByRole("link", { name: TITLE })).toBeVisible();
  await expectNoSeriousA11yViolations(phone);
  // Every year until one is asked for (the year picker empty); then that year's plans only.
  const picker = phone.getByRole("form", { name: "选择年度" });
  await expect(picker.getByLabel("年度")).toHaveValue("");
  await picker.getByLabel("年度").fill(String(E2E_WORK_PLAN_YEAR + 1));
  await picker.getByRole("button", { name: "查看" }).click();
  await expect(phone.getByRole("heading", { name: `${E2E_WORK_PLAN_YEAR + 1}年工作要点` })).toBeVisible();
  await expect(phone.getByRole("link", { name: TITLE })).toHaveCount(0);
  await picker.getByLabel("年度").fill(String(E2E_WORK_PLAN_YEAR));
  await picker.getByRole("button", { name: "查看" }).click();
  await expect(phone.getByRole("heading", { name: `${E2E_WORK_PLAN_YEAR}年工作要点` })).toBeVisible();
  await expect(phone.getByRole("link", { name: TITLE })).toBeVisible();
  await expect(picker.getByLabel("年度")).toHaveValue(String(E2E_WORK_PLAN_YEAR));
  await shot(phone, "plans-360");
  await phone.goto(url);
  await expect(phone.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(
    phone
      .getByRole("listitem")
      .filter({ hasText: VISIT_ITEM })
      .locator("span", { hasText: /^逾期$/ }),
  ).toBeVisible();
  await expect(phone.getByText("处理此项")).toHaveCount(0);
  await expectNoSeriousA11yViolations(phone);
  await shot(phone, "plan-360");
  await context.close();
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_TRAINING_DEPUTIES, E2E_TRAINING_GROUP, E2E_TRAINING_USERS } from "./training-users";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";

// 培训镇 (tests/e2e/training-seed.ts): the office drafts a year plan and the chair approves it; the office holds a
// training for the group, 王学文 asks leave on a 360 px phone, the chair approves it, the office takes attendance.

const STAMP = Date.now().toString(36);
const PLAN = `代表培训计划${STAMP}`;
const TRAINING = `履职学习${STAMP}`;
const SHOTS = process.env.TRAINING_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

async function phone(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

test("a year plan drafted by the office and approved by the chair, printed and exported", async ({ page }) => {
  await signInAs(page, E2E_TRAINING_USERS.office);
  await navigateTo(page, "培训", "代表培训");
  await expect(page.getByRole("heading", { level: 1, name: "代表培训" })).toBeVisible();
  await page.getByRole("link", { name: "新建培训计划" }).click();
  await page.getByLabel("计划名称").fill(PLAN);
  await page.getByRole("button", { name: "保存为草稿" }).click();
  // No audience: refused naming the field.
  await expect(page.getByText("请至少选择一类代表").first()).toBeVisible();
  await page.getByLabel("一、指导思想").fill("以习近平新时代中国特色社会主义思想为指导。");
  await page.getByLabel("二、目的意义").fill("提高代表依法履职能力。");
  await page.getByLabel("镇人大代表").check();
  await page.getByLabel(E2E_TRAINING_GROUP).check();
  await page.getByLabel("四、培训内容").fill("学习《代表法》。");
  await page.getByLabel("五、培训形式").fill("集中学习与自学相结合。");
  await page.getByLabel("第一季度").fill("初任学习。");
  await page.getByLabel("第三季度").fill("专题学习：乡村振兴。");
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  await expect(page.getByRole("region", { name: "三、培训对象" })).toContainText(`镇人大代表、${E2E_TRAINING_GROUP}`);
  await expect(page.getByRole("region", { name: "六、时间安排" })).toContainText("第三季度");
  await expectNoSeriousA11yViolations(page);
  const url = page.url();

  await page.context().clearCookies();
  await signInAs(page, E2E_TRAINING_USERS.chair);
  await page.goto(url);
  await page.getByRole("button", { name: "批准培训计划" }).click();
  await expect(page.getByText(/已批准（.*批准）/)).toBeVisible();
  await shot(page, "plan-1366");
  const file = await page.request.get(
    (await page.getByRole("link", { name: "下载 Word 文件" }).getAttribute("href")) ?? "",
  );
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toContain("wordprocessingml");
});

test("a training with attendance and one leave asked on a phone and approved by the chair", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const [wang, li, zhang, liu] = E2E_TRAINING_DEPUTIES;
  await signInAs(page, E2E_TRAINING_USERS.office);
  await page.goto("/training/sessions/new");
  await page.getByLabel("培训名称").fill(TRAINING);
  await page.getByLabel("地点").fill("镇人大代表之家");
  await page.getByLabel(E2E_TRAINING_GROUP).check();
  await page.getByRole("button", { name: "保存培训" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TRAINING })).toBeVisible();
  await expect(page.getByRole("region", { name: "参加人员（4）" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const url = page.url();

  // 王学文 asks leave on a phone.
  const deputy = await phone(browser, E2E_TRAINING_USERS.deputy);
  await deputy.page.goto("/training");
  await expect(deputy.page.getByRole("heading", { level: 1, name: "我的培训" })).toBeVisible();
  // The year picker: this year by default; the year before lists no training of this one.
  const picker = deputy.page.getByRole("form", { name: "选择年度" });
  const thisYear = Number(await picker.getByLabel("年度").inputValue());
  await picker.getByLabel("年度").fill(String(thisYear - 1));
  await picker.getByRole("button", { name: "查看" }).click();
  await expect(deputy.page.getByRole("heading", { name: `${thisYear - 1}年培训` })).toBeVisible();
  await expect(deputy.page.getByRole("link", { name: TRAINING })).toHaveCount(0);
  await picker.getByLabel("年度").fill(String(thisYear));
  await picker.getByRole("button", { name: "查看" }).click();
  await expect(deputy.page.getByRole("heading", { name: `${thisYear}年培训` })).toBeVisible();
  await deputy.page.getByRole("link", { name: TRAINING }).click();
  await deputy.page.getByLabel("请假事由").fill("村里防汛值班");
  await deputy.page.getByRole("button", { name: "提交请假申请" }).click();
  await expect(deputy.page.getByText("我的请假申请：待审批")).toBeVisible();
  await expectNoSeriousA11yViolations(deputy.page);
  await shot(deputy.page, "leave-360");
  await deputy.context.close();

  // The chair approves it.
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signInAs(chair, E2E_TRAINING_USERS.chair);
  await chair.goto(url);
  await chair.getByRole("button", { name: `批准${wang}的请假`, exact: true }).click();
  await expect(chair.getByRole("region", { name: "请假申请" })).toContainText("已批准");
  await chairContext.close();

  // The office takes attendance: 王学文 is on leave already, the others present or absent.
  await page.reload();
  const grid = page.getByRole("form", { name: "登记出勤" });
  await expect(grid.getByRole("group", { name: wang }).getByLabel("请假")).toBeChecked();
  await grid.getByRole("group", { name: li }).getByLabel("出席").check();
  await grid.getByRole("group", { name: zhang }).getByLabel("出席").check();
  await grid.getByRole("group", { name: liu }).getByLabel("缺席").check();
  await grid.getByRole("button", { name: "保存出勤" }).click();
  await expect(grid.getByText("出勤已保存")).toBeVisible();
  const table = page.getByRole("table", { name: "参加人员" });
  await expect(table.getByRole("row", { name: new RegExp(wang) })).toContainText("请假");
  await expect(table.getByRole("row", { name: new RegExp(li) })).toContainText("出席");
  await expect(table.getByRole("row", { name: new RegExp(liu) })).toContainText("缺席");
  await shot(page, "training-1366");
  await page.setViewportSize({ width: 360, height: 740 });
  await shot(page, "training-360");
  await expectNoSeriousA11yViolations(page);
});

test("the office corrects a draft plan's headings and schedule, and a training's place and days", async ({ page }) => {
  const title = `修改计划${STAMP}`;
  await signInAs(page, E2E_TRAINING_USERS.office);
  await page.goto("/training/plans/new");
  await page.getByLabel("计划名称").fill(title);
  await page.getByLabel("一、指导思想").fill("以习近平新时代中国特色社会主义思想为指导。");
  await page.getByLabel("二、目的意义").fill("提高代表履职能力。");
  await page.getByLabel("镇人大代表").check();
  await page.getByLabel("四、培训内容").fill("学习《代表法》。");
  await page.getByLabel("五、培训形式").fill("集中学习。");
  await page.getByLabel("第一季度").fill("初任学习（待删）。");
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  await page.locator("summary", { hasText: "修改培训计划（草稿）" }).click();
  const plan = page.getByRole("form", { name: "修改培训计划" });
  await expect(plan.getByLabel("第一季度")).toHaveValue("初任学习（待删）。");
  await plan.getByLabel("二、目的意义").fill("提高代表依法履职的能力和水平。");
  await plan.getByLabel("第一季度").fill("");
  await plan.getByLabel("第二季度").fill("专题学习：基层治理。");
  await plan.getByLabel(E2E_TRAINING_GROUP).check();
  await plan.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByRole("region", { name: "二、目的意义" })).toContainText("提高代表依法履职的能力和水平。");
  const schedule = page.getByRole("region", { name: "六、时间安排" });
  await expect(schedule).toContainText("基层治理");
  await expect(schedule).not.toContainText("待删");
  await expect(page.getByRole("region", { name: "三、培训对象" })).toContainText(E2E_TRAINING_GROUP);
  await expectNoSeriousA11yViolations(page);

  // A training's fields corrected: the place and the days.
  await page.goto("/training/sessions/new");
  await page.getByLabel("培训名称").fill(`改地点${STAMP}`);
  await page.getByLabel("地点").fill("镇人大代表之家");
  await page.getByLabel(E2E_TRAINING_GROUP).check();
  await page.getByRole("button", { name: "保存培训" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `改地点${STAMP}` })).toBeVisible();
  await page.locator("summary", { hasText: "修改培训信息" }).click();
  const edit = page.getByRole("form", { name: "修改培训" });
  await edit.getByLabel("地点").fill("村委会会议室");
  await edit.getByLabel("培训天数").fill("0.5");
  await edit.getByRole("button", { name: "保存修改" }).click();
  const facts = page.getByRole("region", { name: "培训信息" });
  await expect(facts).toContainText("村委会会议室");
  await expect(facts).toContainText("0.5 天");
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSeriousA11yViolations(page);
  await shot(page, "training-edit-360");
});

import { expect, test, type Browser, type Page } from "@playwright/test";
import { E2E_SUPERVISION_UNITS, E2E_SUPERVISION_USERS } from "./supervision-users";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";

// 工作评议 of five units in 监督镇 (17 sitting deputies, tests/e2e/supervision-seed.ts): the office plans it, the
// chair approves it with the party committee's consent, two deputies vote on their phones, the office keys in
// the paper ballots of the other fifteen, closes the poll, and the rates are the documents' 94/100/94/94/100.

const TITLE = `站所工作评议${Date.now().toString(36)}`;
const SHOTS = process.env.SUPERVISION_SHOTS;

/** Paper ballots per unit, in plan order: with two online 满意 each, 16/17, 17/17, 16/17, 16/17, 17/17. */
const PAPER: [number, number, number][] = [
  [13, 1, 1],
  [14, 1, 0],
  [12, 2, 1],
  [10, 4, 1],
  [15, 0, 0],
];

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

async function phone(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

test("an evaluation of five units: planned, approved, voted on phones and on paper, rated 94/100/94/94/100", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  // The office plans it.
  await signInAs(page, E2E_SUPERVISION_USERS.office);
  await navigateTo(page, "监督", "监督活动");
  await page.getByRole("link", { name: "新建监督活动" }).click();
  const form = page.getByRole("form", { name: "监督活动方案" });
  await form.getByLabel("活动类型").selectOption({ label: "工作评议" });
  await form.getByLabel("活动名称").fill(TITLE);
  await form.getByLabel("方式").fill("听取汇报、实地察看、民主测评");
  for (const unit of E2E_SUPERVISION_UNITS) await form.getByRole("checkbox", { name: unit, exact: true }).check();
  await form.getByRole("button", { name: "全选在任代表" }).click();
  await expect(form.getByRole("group", { name: "参加人员（已选 17 人）" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "保存方案草稿" }).click();
  await page.waitForURL(/\/supervision\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText("方案草稿", { exact: true })).toBeVisible();
  // Only the chair approves: the office sees no such button.
  await expect(page.getByRole("button", { name: "批准方案" })).toHaveCount(0);

  // The chair approves, recording the party committee's consent.
  const chair = await browser.newContext();
  const chairPage = await chair.newPage();
  await signInAs(chairPage, E2E_SUPERVISION_USERS.chair);
  await chairPage.goto(path);
  const approve = chairPage.getByRole("form", { name: "批准方案" });
  await approve.getByRole("button", { name: "批准方案" }).click();
  await expect(approve.getByText("党委意见：请填写党委意见").first()).toBeVisible();
  await approve.getByLabel("党委意见").fill("经镇党委会议研究同意");
  await approve.getByRole("button", { name: "批准方案" }).click();
  await expect(chairPage.getByText("方案已批准", { exact: true })).toBeVisible();
  await expect(chairPage.getByRole("region", { name: "活动方案" })).toContainText("经镇党委会议研究同意");
  await chair.close();

  // The office starts it: the polls open.
  await page.reload();
  await page.getByRole("button", { name: "开始活动" }).click();
  await expect(page.getByText("进行中", { exact: true })).toBeVisible();
  const polls = page.getByRole("region", { name: "民主测评" });
  await expect(polls.getByRole("row", { name: /民政办/ })).toContainText("纸质 0 + 网上 0 = 合计 0");

  // Two deputies vote on their phones.
  for (const [i, username] of E2E_SUPERVISION_USERS.voters.entries()) {
    const { context, page: p } = await phone(browser, username);
    await navigateTo(p, "监督", "监督活动");
    await p.getByRole("link", { name: TITLE }).click();
    await p.getByRole("link", { name: "去投票" }).click();
    const ballot = p.getByRole("form", { name: "民主测评票" });
    for (const unit of E2E_SUPERVISION_UNITS)
      await ballot.getByRole("group", { name: unit }).getByRole("radio", { name: "满意", exact: true }).check();
    if (i === 0) {
      await expectNoSeriousA11yViolations(p);
      await shot(p, "vote-phone");
    }
    await ballot.getByRole("button", { name: "提交测评票" }).click();
    await expect(p.getByText("投票成功")).toBeVisible();
    await expect(ballot.getByText("民政办：已投票")).toBeVisible();
    await expect(ballot.getByRole("button", { name: "提交测评票" })).toHaveCount(0);
    await context.close();
  }

  // The office keys in the paper ballots of the other fifteen and closes the poll.
  await page.reload();
  for (const unit of E2E_SUPERVISION_UNITS)
    await expect(polls.getByRole("row", { name: new RegExp(unit) })).toContainText("纸质 0 + 网上 2 = 合计 2");
  await polls.locator("summary", { hasText: "录入纸质票" }).click();
  const paper = polls.getByRole("form", { name: "录入纸质票" });
  for (const [i, unit] of E2E_SUPERVISION_UNITS.entries()) {
    const [s, b, u] = PAPER[i];
    await paper.getByLabel(`满意（${unit}）`, { exact: true }).fill(String(s));
    await paper.getByLabel(`基本满意（${unit}）`, { exact: true }).fill(String(b));
    await paper.getByLabel(`不满意（${unit}）`, { exact: true }).fill(String(u));
  }
  // One count too many is refused, naming the unit and the figures; nothing is saved.
  await paper.getByLabel("废票（民政办）").fill("1");
  await paper.getByRole("button", { name: "保存纸质票数" }).click();
  await expect(
    paper.getByText("纸质票（民政办）：纸质 16 + 网上 2 = 合计 18，超过参加测评人数 17").first(),
  ).toBeVisible();
  await paper.getByLabel("废票（民政办）").fill("0");
  await paper.getByRole("button", { name: "保存纸质票数" }).click();
  await expect(paper.getByText("纸质票数已保存")).toBeVisible();
  for (const unit of E2E_SUPERVISION_UNITS)
    await expect(polls.getByRole("row", { name: new RegExp(unit) })).toContainText("纸质 15 + 网上 2 = 合计 17");
  await expect(polls).toContainText("测评进行中，结束后公布结果");
  await polls.getByRole("button", { name: "结束测评" }).click();
  await polls.getByRole("button", { name: "确认结束测评" }).click();

  const rates = ["94%", "100%", "94%", "94%", "100%"];
  for (const [i, unit] of E2E_SUPERVISION_UNITS.entries())
    await expect(
      polls
        .getByRole("row", { name: new RegExp(unit) })
        .getByRole("cell")
        .last(),
    ).toContainText(rates[i]);
  await expect(polls.getByRole("row", { name: /民政办/ })).toContainText("16/17 = 94%");
  await expect(polls).toContainText("满意率 =（“满意”票数 +“基本满意”票数）÷ 有效票数");
  await expectNoSeriousA11yViolations(page);
  await shot(page, "activity-office");

  // The result sheet prints the same figures.
  await polls.getByRole("link", { name: "打印测评结果" }).click();
  const sheet = page.getByRole("region", { name: "测评结果汇总表" });
  await expect(sheet.getByRole("row", { name: /计生办/ })).toContainText("100%");
  await expect(sheet).toContainText("计票人");
  await shot(page, "result-sheet");

  // The blank ballot form lists the five units, each with its three boxes.
  await page.goto(`${path}/print/ballot`);
  const blank = page.getByRole("region", { name: "民主测评票" });
  for (const unit of E2E_SUPERVISION_UNITS)
    await expect(blank.getByRole("row", { name: new RegExp(unit) })).toBeVisible();
  await expect(blank).toContainText("本票不记名");
  await shot(page, "ballot-blank");
});

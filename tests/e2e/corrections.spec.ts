import { expect, test, type Page } from "@playwright/test";
import {
  E2E_CONTACT_DEPUTY,
  E2E_CONTACT_OTHER_DEPUTY,
  E2E_CONTACT_SUGGESTION,
  E2E_CONTACT_UNIT,
  E2E_CONTACT_USERS,
} from "./contacts-users";
import { E2E_ROUND_CANDIDATES, E2E_ROUND_ELECTION, E2E_ROUND_OFFICE } from "./round-correction-users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// 联系镇 (tests/e2e/contacts-seed.ts): the office corrects 水利站's phone; 水利站 calls the lead deputy and
// records the contact. 更正镇 (tests/e2e/round-correction-seed.ts): the office corrects an election round.

const PHONE = { width: 360, height: 740 };
const region = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

/** Signs in and opens 联系镇's suggestion from the list. */
async function openSuggestion(page: Page, username: string) {
  await signInAs(page, username);
  await page.goto("/suggestions");
  await page.getByRole("link", { name: E2E_CONTACT_SUGGESTION }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: E2E_CONTACT_SUGGESTION })).toBeVisible();
}

test("the office corrects a unit's phone with a reason; the history shows the original and the correction", async ({
  page,
}) => {
  await signInAs(page, E2E_CONTACT_USERS.office);
  await page.goto("/units");
  await page.getByRole("link", { name: E2E_CONTACT_UNIT.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: E2E_CONTACT_UNIT.name })).toBeVisible();
  await expect(region(page, "更正记录")).toContainText("暂无更正");

  const form = page.getByRole("form", { name: "更正联系人和电话" });
  await form.getByLabel("联系电话").fill("0851-7654322");
  await form.getByRole("button", { name: "保存更正" }).click();
  await expect(form.getByText("请填写更正原因", { exact: true })).toBeVisible();
  await form.getByLabel("更正原因").fill("登记时电话号码最后一位抄错");
  await form.getByRole("button", { name: "保存更正" }).click();
  await expect(form.getByRole("status")).toHaveText("已更正");

  await expect(region(page, "基本信息")).toContainText("0851-7654322");
  const entry = page.getByRole("list", { name: "更正记录列表" }).getByRole("listitem").first();
  await expect(entry).toContainText("更正承办单位联系人或电话");
  await expect(entry.locator("del")).toHaveText(E2E_CONTACT_UNIT.phone);
  await expect(entry.locator("ins")).toHaveText("0851-7654322");
  await expect(entry).toContainText("更正原因：登记时电话号码最后一位抄错");
  await expectNoSeriousA11yViolations(page);

  // The audit trail keeps the reason too.
  await page.goto("/audit");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "更正承办单位联系人或电话" })).toContainText(
    "登记时电话号码最后一位抄错",
  );
});

test("a unit sees the lead deputy's phone as a tap-to-call link, and only the deputies it handles", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await openSuggestion(page, E2E_CONTACT_USERS.unit);
  const call = region(page, "建议内容").getByRole("link", { name: `拨打领衔代表${E2E_CONTACT_DEPUTY.name}的电话` });
  await expect(call).toHaveAttribute("href", "tel:13912345678");
  await expect(call).toHaveText(E2E_CONTACT_DEPUTY.phone);
  await expectNoSeriousA11yViolations(page);

  // The roster: the deputy it handles, with the phone; nobody else.
  await page.goto("/deputies");
  const roster = page.getByRole("table", { name: "代表名册" });
  await expect(roster.getByRole("link", { name: E2E_CONTACT_DEPUTY.name })).toBeVisible();
  await expect(roster.getByRole("link", { name: E2E_CONTACT_DEPUTY.phone })).toHaveAttribute("href", "tel:13912345678");
  await expect(roster).not.toContainText(E2E_CONTACT_OTHER_DEPUTY);
  await expectNoSeriousA11yViolations(page);
});

test("a unit records its contact with the deputy; the office keys one in for it (代录); both on the page and the timeline", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await openSuggestion(page, E2E_CONTACT_USERS.unit);
  const contacts = region(page, "联系代表");
  await expect(contacts).toContainText("尚未记录联系代表情况");
  await contacts.locator("summary", { hasText: "记录联系代表情况" }).click();
  const form = contacts.getByRole("form", { name: "记录联系代表情况" });
  await form.getByLabel("联系方式").selectOption({ label: "走访" });
  await form.getByRole("button", { name: "保存联系情况" }).click();
  await expect(form.getByText("请填写代表意见", { exact: true })).toBeVisible();
  await form.getByLabel("联系人").fill("何站长");
  await form.getByLabel("代表意见").fill("同意先整修上游渠段，望春灌前完工。");
  await form.getByRole("button", { name: "保存联系情况" }).click();
  await expect(form.getByRole("status")).toHaveText("已记录联系代表情况");
  const list = contacts.getByRole("list", { name: "联系代表记录" });
  await expect(list.getByRole("listitem")).toHaveCount(1);
  await expect(list).toContainText(`走访 · ${E2E_CONTACT_UNIT.name}`);
  await expect(list).toContainText("代表意见：同意先整修上游渠段，望春灌前完工。");
  // The reply form says contact was made.
  await expect(page.getByRole("form", { name: "答复建议" })).toContainText("联系代表：已联系代表 1 次");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/contact-unit-360.png", fullPage: true });

  // The office keys the unit's paper record of a phone call in (代录), dated the day of the assignment.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.context().clearCookies();
  await openSuggestion(page, E2E_CONTACT_USERS.office);
  await region(page, "联系代表").locator("summary", { hasText: "代录联系代表情况" }).click();
  const keyed = region(page, "联系代表").getByRole("form", { name: "代录联系代表情况" });
  await keyed.getByLabel("联系人").fill("何站长");
  await keyed.getByLabel("代表意见").fill("电话中代表补充：下游也需清淤。");
  await keyed.getByRole("button", { name: "保存代录" }).click();
  await expect(keyed.getByRole("status")).toHaveText("已代录联系代表情况");
  await expect(region(page, "联系代表").getByRole("list", { name: "联系代表记录" }).getByRole("listitem")).toHaveCount(
    2,
  );
  await expect(region(page, "联系代表")).toContainText("代录 · 由");
  await expect(page.getByRole("list", { name: "办理过程" })).toContainText("联系代表（水利站）");
  await expectNoSeriousA11yViolations(page);
});

test("the office corrects an election round from its page (the tally sheet again, with a reason), then withdraws it", async ({
  page,
}) => {
  const [zhang, li] = E2E_ROUND_CANDIDATES;
  await signInAs(page, E2E_ROUND_OFFICE);
  await page.goto("/sessions");
  await page.getByRole("table", { name: "人代会列表" }).getByRole("link").first().click();
  const election = region(page, "选举").getByRole("article", { name: `${E2E_ROUND_ELECTION}（应选 1 名）` });
  await expect(election).toContainText(`当选：${zhang}`);

  await election.locator("summary", { hasText: /^更正$/ }).click();
  const form = election.getByRole("form", { name: "更正第1轮计票结果" });
  // The sheet starts from what was stored.
  await expect(form.getByLabel("发出选票")).toHaveValue("5");
  await expect(form.getByLabel(`${zhang} 赞成票`)).toHaveValue("3");
  await form.getByLabel(`${zhang} 赞成票`).fill("2");
  await form.getByLabel(`${zhang} 反对票`).fill("3");
  await form.getByLabel(`${li} 赞成票`).fill("3");
  await form.getByLabel(`${li} 反对票`).fill("2");
  await form.getByRole("button", { name: "提交更正" }).click();
  await expect(form.getByText("请填写理由", { exact: true })).toBeVisible();
  await form.getByLabel("更正理由").fill("计票单两名候选人的行抄反");
  await form.getByRole("button", { name: "提交更正" }).click();

  // The corrected count decides; the original stays, marked, with the reason beside the correction.
  await expect(election).toContainText(`当选：${li}`);
  await expect(election).toContainText("以更正后的记录为准");
  await expect(election).toContainText("更正理由：计票单两名候选人的行抄反");
  await expect(election.getByRole("table", { name: "第1轮计票结果" })).toHaveCount(2);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/round-correction-1366.png", fullPage: true });

  // 作废 of the corrected round, with a reason: it stays shown, marked; nobody is elected.
  await election.locator("summary", { hasText: "作废" }).click();
  const revoke = election.getByRole("form", { name: "作废第1轮计票结果" });
  await revoke.getByLabel("作废理由").fill("本轮选票与另一项选举混装");
  await revoke.getByRole("button", { name: "确认作废" }).click();
  await expect(election).toContainText("作废理由：本轮选票与另一项选举混装");
  await expect(election).not.toContainText("当选：");

  // The audit trail keeps both reasons (AuditLog.reason).
  await page.goto("/audit");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.filter({ hasText: "计票单两名候选人的行抄反" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "本轮选票与另一项选举混装" })).toHaveCount(1);
});

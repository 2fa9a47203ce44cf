import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";
import {
  E2E_LANDING_SESSION_DOC,
  E2E_LANDING_SUGGESTIONS,
  E2E_LANDING_USERS,
  landingTitle,
  type LandingTitle,
} from "./landing-users";

// Each role's landing page in 待办镇 (tests/e2e/landing-fixture.ts): the counts of the known
// fixture, and each count's link opens a list showing exactly those suggestions of the fixture.
// The pages are also photographed at 360 px and 1366 px (test-results/landing/) for a person to look at.

const ALL = Object.keys(E2E_LANDING_SUGGESTIONS) as LandingTitle[];
const SHOTS = "test-results/landing";

/** The records a list shows (by their exact titles: a notice that names one in a sentence does not count). */
async function expectExactly(page: Page, keys: LandingTitle[]) {
  const main = page.getByRole("main");
  for (const key of keys)
    await expect(main.getByText(landingTitle(key), { exact: true }).filter({ visible: true }).first()).toBeVisible();
  for (const key of ALL.filter((k) => !keys.includes(k)))
    await expect(main.getByText(landingTitle(key), { exact: true }), `${key} should not be listed`).toHaveCount(0);
}

/** Reads a to-do count, follows its link, checks the URL and the records it lists, and comes back. */
async function followCount(page: Page, label: string, count: number, url: RegExp, keys: LandingTitle[]) {
  const link = page.getByRole("link", { name: `${label} ${count} 件`, exact: true });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(url);
  await expectExactly(page, keys);
  await page.goto("/");
}

async function photograph(page: Page, name: string) {
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  expect(overflow, "no sideways scrolling at 360 px").toBe(false);
  await page.setViewportSize({ width: 1366, height: 768 });
}

test("the office's to-do list: to register, to assign, overdue, due soon, co-unit input; the next session and meeting", async ({
  page,
}) => {
  await signInAs(page, E2E_LANDING_USERS.OFFICE);
  await expect(page.getByRole("heading", { name: "代表建议待办" })).toBeVisible();
  const session = page.getByRole("region", { name: "近期人代会" });
  await expect(session.getByRole("link", { name: /第(2|二)次会议/ })).toBeVisible();
  await expect(session).toContainText("已完成 1 / 4 项");
  await expect(session).toContainText("镇政府三楼会议室");
  await expect(page.getByRole("region", { name: "下次主席团会议" })).toContainText("研究第二次会议筹备工作");
  // Sign-in records are no longer on the home page.
  await expect(page.getByText("最近操作")).toHaveCount(0);
  await photograph(page, "office");

  await followCount(page, "待登记", 2, /state=SUBMITTED/, ["待登记甲", "待登记乙"]);
  await followCount(page, "待交办", 1, /state=REGISTERED/, ["待交办甲"]);
  await followCount(page, "已逾期", 1, /reminders\?status=overdue/, ["已逾期甲"]);
  await followCount(page, "14 天内到期", 2, /reminders\?status=due_soon/, ["今天到期甲", "五天到期甲"]);
  await followCount(page, "协办意见待交", 1, /coInput=owed/, ["今天到期甲"]);
});

test("the chair's to-do list: to sign off, the year's key rates, the coming session", async ({ page }) => {
  await signInAs(page, E2E_LANDING_USERS.CHAIR);
  const rates = page.getByRole("region", { name: /年建议办理/ });
  await expect(rates).toContainText("共 10 件，已答复 2 件");
  for (const label of ["按时答复率", "办成率", "满意率"]) await expect(rates).toContainText(label);
  await expect(page.getByRole("region", { name: "近期人代会" })).toContainText("已完成 1 / 4 项");
  await photograph(page, "chair");

  await followCount(page, "待签发", 3, /unsigned=true/, ["今天到期甲", "五天到期甲", "退回重办甲"]);
  await rates.getByRole("link", { name: "建议办理统计" }).click();
  await expect(page).toHaveURL(/\/suggestions\/figures\?year=\d{4}/);
});

test("the deputy's to-do list: a large 提交建议, replies to rate, the coming session and its documents", async ({
  page,
}) => {
  await signInAs(page, E2E_LANDING_USERS.DEPUTY);
  await expect(page.getByRole("link", { name: "提交建议", exact: true })).toBeVisible();
  const session = page.getByRole("region", { name: "近期人代会" });
  await expect(session.getByRole("link", { name: E2E_LANDING_SESSION_DOC })).toBeVisible();
  // The preparation checklist is the office's, not shown to deputies.
  await expect(session).not.toContainText("筹备进度");
  await photograph(page, "deputy");

  await followCount(page, "待评价的答复", 1, /state=REPLIED/, ["已答复甲"]);
  await page.getByRole("link", { name: "提交建议", exact: true }).click();
  await expect(page).toHaveURL(/\/suggestions\/new$/);
});

test("the unit's to-do list: to answer, sent back, due today", async ({ page }) => {
  await signInAs(page, E2E_LANDING_USERS.UNIT);
  await expect(page.getByRole("heading", { name: "本单位待办" })).toBeVisible();
  await photograph(page, "unit");

  await followCount(page, "待答复", 4, /todo=answer/, ["已逾期甲", "今天到期甲", "五天到期甲", "退回重办甲"]);
  await followCount(page, "退回重办", 1, /state=REHANDLING/, ["退回重办甲"]);
  await followCount(page, "今天到期", 1, /reminders\?status=due_today/, ["今天到期甲"]);
});

test("the header search finds what the user may see, at 360 px too", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInAs(page, E2E_LANDING_USERS.UNIT);
  const box = page.getByRole("combobox", { name: "搜索代表、建议或承办单位" });
  await box.fill("事项");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=/);
  await expect(page.getByRole("heading", { level: 1, name: "搜索“事项”" })).toBeVisible();
  // The unit's own assignments only (lead), never the others' suggestions.
  await expectExactly(page, ["已逾期甲", "今天到期甲", "五天到期甲", "退回重办甲", "已答复甲", "已答复乙"]);
  await expect(page.getByRole("region", { name: /承办单位/ })).toHaveCount(0);
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/search-unit-360.png`, fullPage: true });
});

test("the audit page reads in Chinese: who, what, and the fields changed", async ({ page }) => {
  await signInAs(page, E2E_LANDING_USERS.OFFICE);
  const name = `审计站${Date.now()}`;
  const res = await page.request.post("/api/v1/units", { data: { name, kind: "STATION" } });
  expect(res.status(), await res.text()).toBe(201);
  await page.goto("/audit?action=unit.created");
  const row = page.getByRole("row").filter({ hasText: "新建承办单位" }).first();
  await expect(row).toContainText(`（${E2E_LANDING_USERS.OFFICE}）`);
  await expect(row).toContainText("承办单位");
  await row.getByText("内容").click();
  await expect(row).toContainText(`名称${name}`);
  await expect(row).toContainText("在用是");
  await expect(row).not.toContainText("{");
  await fs.mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/audit-1366.png`, fullPage: true });
});

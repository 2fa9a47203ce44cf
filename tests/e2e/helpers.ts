import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "./users";

/** Today in China, as yyyy-mm-dd. */
export const todayInChina = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());

/** Prepares a regular session opening today through the form (office); checks its title and returns its path. */
export async function prepareSession(page: Page, title: RegExp): Promise<string> {
  await page.goto("/sessions");
  await page.locator("summary", { hasText: "筹备新会议" }).click();
  const form = page.getByRole("form", { name: "筹备新会议" });
  await form.getByLabel("开幕日期").fill(todayInChina());
  await form.getByLabel("闭幕日期").fill(todayInChina());
  await form.getByLabel("会场").fill("镇政府三楼会议室");
  await form.getByRole("button", { name: "筹备会议" }).click();
  await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  return new URL(page.url()).pathname;
}

/** Signs in through the login form and waits for the landing page ("/"; a county account's is "/county"). */
export async function signInAs(page: Page, username: string, password: string = E2E_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/(county)?$/);
}

/** Runs axe on the current page; fails on any "serious" or "critical" violation, naming each. */
export async function expectNoSeriousA11yViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious
    .map(
      (v) =>
        `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, " ")}` : ""}`).join("\n")}`,
    )
    .join("\n");
  expect(serious, `axe found serious/critical violations on ${page.url()}:\n${report}`).toEqual([]);
}

/**
 * Opens a section of the main navigation (components/layout/main-nav.tsx) — on a phone through the
 * 菜单 button, on a wider screen through the section's button — and returns its list of links.
 */
export async function openNavSection(page: Page, section: string) {
  const nav = page.getByRole("navigation", { name: "主导航" });
  const menu = nav.getByRole("button", { name: "菜单", exact: true });
  if (await menu.isVisible()) await menu.click();
  else await nav.getByRole("button", { name: section, exact: true }).click();
  return nav.getByRole("list", { name: section, exact: true });
}

/** Follows a link of the main navigation. */
export async function navigateTo(page: Page, section: string, link: string) {
  await (await openNavSection(page, section)).getByRole("link", { name: link, exact: true }).click();
}

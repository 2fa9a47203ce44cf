import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "./users";

/** Signs in through the login form and waits for the landing page ("/"). */
export async function signInAs(page: Page, username: string, password: string = E2E_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL("/");
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

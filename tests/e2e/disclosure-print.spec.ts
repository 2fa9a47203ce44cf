import fs from "node:fs/promises";
import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import { E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// 建议办理情况公开, printed for the 公开栏 (app/(app)/suggestions/disclosure): in 测试镇 a suggestion
// is raised, assigned, signed off and answered today, so the current half-year's sheet lists it.
// On paper: landscape A4, no navigation or buttons, 12 pt or more, ruled cells, the township's name.

async function apiAs(browser: Browser, username: string): Promise<APIRequestContext> {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, username);
  return page.request;
}

async function ok(res: Promise<import("@playwright/test").APIResponse>, status = 200) {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return r.json();
}

async function step(api: APIRequestContext, id: string, body: Record<string, unknown>) {
  const { version } = await ok(api.get(`/api/v1/suggestions/${id}`));
  return ok(api.post(`/api/v1/suggestions/${id}/transitions`, { data: { ...body, version } }));
}

test("the office prints the half-year's disclosure: landscape A4, legible, nothing but the sheet", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const title = `关于修缮村委会公示栏的建议${Date.now()}`;
  const deputy = await apiAs(browser, E2E_USERS.DEPUTY);
  const categories = await ok(deputy.get("/api/v1/suggestion-categories"));
  const categoryId = (Array.isArray(categories) ? categories : categories.items)[0].id;
  const { id } = await ok(
    deputy.post("/api/v1/suggestions", { data: { title, content: "公示栏破损，建议修缮。", categoryId } }),
    201,
  );
  const office = await apiAs(browser, E2E_USERS.OFFICE);
  const units = await ok(office.get(`/api/v1/units?q=${encodeURIComponent("民政办")}`));
  await step(office, id, { action: "register" });
  await step(office, id, { action: "assign", leadUnitId: units.items[0].id });
  await ok((await apiAs(browser, E2E_USERS.CHAIR)).post("/api/v1/suggestions/sign-off", { data: { ids: [id] } }));
  await step(await apiAs(browser, E2E_USERS.UNIT), id, { action: "reply", replyClass: "A", note: "已修缮完毕。" });

  // From the figures page's 打印公开表 to the sheet.
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/suggestions/figures");
  await page.getByRole("button", { name: "打印公开表" }).click();
  await page.waitForURL(/\/suggestions\/disclosure\?/);
  const sheet = page.getByRole("article", { name: /测试镇\d{4}年[上下]半年代表建议办理情况公开/ });
  await expect(sheet.getByRole("row", { name: new RegExp(title) })).toContainText("已修缮完毕。");
  await expect(sheet).toContainText("测试镇人民代表大会主席团");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("disclosure-1366.png"), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: test.info().outputPath("disclosure-360.png"), fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // On paper: the header (navigation, search), the toolbar and its buttons are gone; the sheet stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "主导航" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  await expect(page.getByRole("form", { name: "选择公开期间" })).toBeHidden();
  await expect(sheet).toBeVisible();
  const px = (s: string) => Number.parseFloat(s);
  const cell = sheet.getByRole("cell", { name: "已修缮完毕。" });
  // 12 pt = 16 CSS px; the cells are ruled in black.
  expect(px(await cell.evaluate((e) => getComputedStyle(e).fontSize))).toBeGreaterThanOrEqual(16);
  expect(await cell.evaluate((e) => getComputedStyle(e).borderTopStyle)).toBe("solid");
  expect(await cell.evaluate((e) => getComputedStyle(e).borderTopColor)).toBe("rgb(0, 0, 0)");
  const head = sheet.locator("thead");
  expect(await head.evaluate((e) => getComputedStyle(e).display)).toBe("table-header-group");

  // The PDF Chromium prints: landscape A4 pages (841.89 × 595.28 pt).
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await fs.writeFile(test.info().outputPath("disclosure.pdf"), pdf); // to look at: pdftoppm -png
  const boxes = [...pdf.toString("latin1").matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.round(Number(w))).toBe(842);
    expect(Math.round(Number(h))).toBe(595);
  }
});

import fs from "node:fs/promises";
import JSZip from "jszip";
import { expect, test, type Browser, type APIRequestContext, type Page } from "@playwright/test";
import { E2E_PASSWORD, E2E_SESSION_TOWNSHIP, E2E_SESSION_USERS, E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// 建议办理统计 in 会议镇 (its own township, so the counts are exact whatever the other specs do with
// 测试镇's suggestions): e2e-session-deputy (赵一鸣) raises three suggestions; the office assigns two
// to one new unit and one to another; the first unit answers both (A, B), the deputy rates 满意 and
// 不满意. The chair then reads the figures, filters by unit and downloads the report and the disclosure.

const PHONE = { width: 360, height: 740 };

async function signedIn(browser: Browser, username: string): Promise<{ page: Page; api: APIRequestContext }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, username);
  return { page, api: page.request };
}

async function ok(res: Promise<import("@playwright/test").APIResponse>, status = 200) {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return r.json();
}

async function transition(api: APIRequestContext, id: string, body: Record<string, unknown>) {
  const { version } = await ok(api.get(`/api/v1/suggestions/${id}`));
  return ok(api.post(`/api/v1/suggestions/${id}/transitions`, { data: { ...body, version } }));
}

test("the chair reads the figures per unit and downloads the report and the disclosure", async ({ browser, page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();

  // The office: two units, the first with an account.
  const office = await signedIn(browser, E2E_SESSION_USERS.OFFICE);
  const roads = await ok(office.api.post("/api/v1/units", { data: { name: `交通站${stamp}`, kind: "STATION" } }), 201);
  const water = await ok(office.api.post("/api/v1/units", { data: { name: `水利站${stamp}`, kind: "STATION" } }), 201);
  const unitUser = `e2e-roads-${stamp}`;
  await ok(
    office.api.post("/api/v1/users", {
      data: { username: unitUser, displayName: "交通站办理人", role: "UNIT", unitId: roads.id, password: E2E_PASSWORD },
    }),
    201,
  );

  // The deputy raises three (the category's id read from the form).
  const deputy = await signedIn(browser, E2E_SESSION_USERS.DEPUTY);
  await deputy.page.goto("/suggestions/new");
  const categoryId = await deputy.page
    .getByLabel("类别")
    .locator("option", { hasText: "城乡建设" })
    .getAttribute("value");
  const ids: string[] = [];
  for (const title of ["关于硬化通组公路的建议", "关于增设错车道的建议", "关于整修山塘的建议"]) {
    ids.push(
      (
        await ok(
          deputy.api.post("/api/v1/suggestions", {
            data: { title: `${title}${stamp}`, content: "群众反映强烈，建议尽快解决。", categoryId },
          }),
          201,
        )
      ).id,
    );
  }
  for (const [i, id] of ids.entries()) {
    await transition(office.api, id, { action: "register" });
    await transition(office.api, id, { action: "assign", leadUnitId: i < 2 ? roads.id : water.id });
  }
  // The chair signs them off (签发): only then do the units have them.
  const chair = await signedIn(browser, E2E_SESSION_USERS.CHAIR);
  await ok(chair.api.post("/api/v1/suggestions/sign-off", { data: { ids } }));

  // 交通站 answers both of its own; the deputy is satisfied with one and not with the other.
  const unit = await signedIn(browser, unitUser);
  // The office set its password: the account changes it before anything else (lib/auth/password-change.ts).
  await ok(
    unit.api.post("/api/v1/me/password", {
      data: { currentPassword: E2E_PASSWORD, newPassword: `${E2E_PASSWORD}-changed` },
    }),
  );
  await transition(unit.api, ids[0], { action: "reply", replyClass: "A", note: "已硬化完工。" });
  await transition(unit.api, ids[1], { action: "reply", replyClass: "B", note: "已列入明年计划。" });
  for (const [id, rating] of [
    [ids[0], "SATISFIED"],
    [ids[1], "UNSATISFIED"],
  ] as const) {
    const { version } = await ok(deputy.api.get(`/api/v1/suggestions/${id}`));
    await ok(
      deputy.api.post(`/api/v1/suggestions/${id}/rating`, {
        data: { rating, version, comment: rating === "UNSATISFIED" ? "只修了一半" : undefined },
      }),
    );
  }

  // The chair: from the landing page to the figures.
  await signInAs(page, E2E_SESSION_USERS.CHAIR);
  await page.getByRole("link", { name: "建议办理统计" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "建议办理统计" })).toBeVisible();
  const summary = page.locator('dl[aria-label="主要数据"]');
  const figure = (label: string) =>
    summary
      .locator("div")
      .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
      .locator("dd")
      .first();
  await expect(figure("建议总数")).toHaveText("3 件");
  await expect(figure("满意率")).toHaveText("50%");
  const units = page.getByRole("table", { name: /各承办单位办理情况/ });
  // 交办, 已答复, 按时答复, 按时答复率, 已评价, 满意率, 重新办理, 当前逾期
  await expect(units.getByRole("row", { name: new RegExp(`交通站${stamp}`) }).getByRole("cell")).toHaveText([
    "2",
    "2",
    "2",
    "100%",
    "2",
    "50%",
    "1",
    "0",
  ]);
  await expect(units.getByRole("row", { name: new RegExp(`水利站${stamp}`) })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  // Filter by unit: the URL carries it, and only 水利站's one suggestion is counted.
  await page
    .getByRole("form", { name: "筛选统计" })
    .getByLabel("主办单位")
    .selectOption({ label: `水利站${stamp}` });
  await page.getByRole("button", { name: "统计", exact: true }).click();
  await page.waitForURL(new RegExp(`unitId=${water.id}`));
  await expect(page.getByText(`${year} 年 · 全部会议 · 水利站${stamp}`)).toBeVisible();
  await expect(figure("建议总数")).toHaveText("1 件");
  await expect(figure("满意率")).toHaveText("—");
  await expect(figure("已答复")).toHaveText("0 件");
  await expect(units.getByRole("row")).toHaveCount(2);

  // The report: a Word file named after the year, with the year's numbers in it.
  const [report] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "办理情况报告（Word）" }).click(),
  ]);
  expect(report.suggestedFilename()).toBe(`关于${year}年代表建议办理情况的报告（草稿）.docx`);
  const bytes = await fs.readFile((await report.path())!);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")!.async("string");
  expect(xml).toContain(`关于${year}年代表建议办理情况的报告`);
  expect(xml).toContain(`${year}年，代表共提出建议、批评和意见3件。`);
  expect(xml).toContain("满意1件、基本满意0件、不满意1件，满意率50%");
  expect(xml).not.toContain("赵一鸣");

  // The disclosure of the current half-year as a spreadsheet.
  const half = new Date(Date.now() + 8 * 3_600_000).getUTCMonth() < 6 ? "上半年" : "下半年";
  const disclosure = page.getByRole("form", { name: "办理情况公开" });
  const [sheet] = await Promise.all([
    page.waitForEvent("download"),
    disclosure.getByRole("button", { name: "导出 Excel" }).click(),
  ]);
  expect(sheet.suggestedFilename()).toBe(`${E2E_SESSION_TOWNSHIP}${year}年${half}代表建议办理情况公开.xlsx`);

  // On a phone the page does not scroll sideways (the wide tables scroll inside their boxes).
  await page.setViewportSize(PHONE);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "建议办理统计" })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

for (const username of [E2E_SESSION_USERS.DEPUTY, E2E_USERS.UNIT]) {
  test(`${username} does not get the figures page or the downloads`, async ({ page }) => {
    await signInAs(page, username);
    expect((await page.goto("/suggestions/figures"))?.status()).toBe(404);
    expect((await page.request.get("/api/v1/suggestions/report?year=2026")).status()).toBe(403);
    expect((await page.request.get("/api/v1/suggestions/disclosure?year=2026&half=1")).status()).toBe(403);
  });
}

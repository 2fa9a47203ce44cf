import { expect, test, type Page } from "@playwright/test";
import { E2E_FROZEN_DEPUTIES, E2E_FROZEN_OFFICE } from "./users";
import { signInAs } from "./helpers";

// Issue 13: a session's record is frozen at 开幕. 冻结镇 has five sitting deputies (tests/e2e/accounts.ts);
// after the session is opened, voted and closed, one deputy is 调离 and two are added — the session page,
// its printouts and its figures read exactly as before.

const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
const region = (page: Page, name: string) => page.getByRole("region", { name });
const header = (page: Page) => page.getByRole("main").locator("header").first();

/** What the office sees and prints for the session: the page, the 会议情况 printout and the 签到表. */
async function snapshot(page: Page, path: string) {
  const text = async (url: string) => {
    await page.goto(url);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    return page.getByRole("main").innerText();
  };
  return {
    page: await text(path),
    summary: await text(`${path}/print/summary`),
    signIn: await text(`${path}/print/sign-in`),
  };
}

test("a closed session's page, printouts and figures do not change when the roster changes", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, E2E_FROZEN_OFFICE);
  await page.goto("/sessions");
  await page.locator("summary", { hasText: "筹备新会议" }).click();
  const form = page.getByRole("form", { name: "筹备新会议" });
  await form.getByLabel("开幕日期").fill(today());
  await form.getByLabel("闭幕日期").fill(today());
  await form.getByLabel("会场").fill("镇政府会议室");
  await form.getByRole("button", { name: "筹备会议" }).click();
  await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
  const path = new URL(page.url()).pathname;

  for (const name of E2E_FROZEN_DEPUTIES)
    await region(page, "签到与法定人数").getByLabel(name, { exact: true }).selectOption({ label: "出席" });
  const quorum = region(page, "签到与法定人数").getByRole("status", { name: "法定人数" });
  await expect(quorum).toContainText("出席 5 / 应到 5");

  // 开幕 asks for confirmation with what is still open on the checklist.
  await header(page).getByRole("button", { name: "开幕" }).click();
  const confirm = header(page).getByRole("group", { name: "确认开幕" });
  await expect(confirm).toContainText(/筹备清单尚有 \d+ 项未完成/);
  await confirm.getByRole("button", { name: "确认开幕" }).click();
  await expect(header(page)).toContainText("召开中");

  const votes = region(page, "表决");
  await votes.locator("summary", { hasText: "登记表决" }).click();
  const voteForm = votes.getByRole("form", { name: "登记表决" });
  await voteForm.getByLabel("表决事项").fill("关于镇政府工作报告的决议");
  await voteForm.getByLabel("赞成票").fill("3");
  await voteForm.getByLabel("反对票").fill("2");
  await voteForm.getByLabel("弃权票").fill("0");
  await voteForm.getByRole("button", { name: "登记表决结果" }).click();
  const row = votes
    .getByRole("table", { name: "表决结果" })
    .getByRole("row")
    .filter({ hasText: "关于镇政府工作报告的决议" });
  await expect(row).toContainText("出席 5 / 在任 5");

  await header(page).getByRole("button", { name: "闭会" }).click();
  await header(page).getByRole("button", { name: "确认闭会" }).click();
  await expect(header(page)).toContainText("已闭会");

  const before = await snapshot(page, path);
  expect(before.signIn).toContain(E2E_FROZEN_DEPUTIES[1]);

  // The roster changes: 乙二 is 调离 today, two deputies are added (one dated the term's start).
  const list = await page.request.get(`/api/v1/deputies?q=${encodeURIComponent(E2E_FROZEN_DEPUTIES[1])}`);
  const [deputy] = (await list.json()).items as { id: string }[];
  const status = await page.request.post(`/api/v1/deputies/${deputy.id}/status`, {
    data: { status: "TRANSFERRED", effectiveDate: today(), reason: "工作调动" },
  });
  expect(status.status()).toBe(200);
  for (const [name, startDate] of [
    ["己六", "2026-09-01"],
    ["庚七", undefined],
  ] as const) {
    const added = await page.request.post("/api/v1/deputies", {
      data: {
        name,
        gender: "MALE",
        birthDate: "1980-05-01",
        ethnicity: "汉族",
        party: "群众",
        education: "高中",
        occupation: "村民",
        constituency: "第一选区",
        levels: ["TOWNSHIP"],
        ...(startDate ? { startDate } : {}),
      },
    });
    expect(added.status()).toBe(201);
  }

  expect(await snapshot(page, path)).toEqual(before);
  await page.goto(path);
  await expect(region(page, "签到与法定人数").getByRole("status", { name: "法定人数" })).toContainText(
    "出席 5 / 应到 5",
  );
});

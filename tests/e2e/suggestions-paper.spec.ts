import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_DEPUTY_NAME, E2E_USERS } from "./users";
import { signInAs } from "./helpers";

// Paper first (代录): the office keys in a suggestion a deputy handed in on paper (代为提交, with its
// 提出日期), back-enters its assignment, then a unit's paper reply and the deputy's rating form,
// both dated last month. The timeline shows those dates and 代录 with who keyed each; the on-time
// figure uses the reply's own date — keyed today, after the deadline, it would have been late.

const CHINA = 8 * 3_600_000;
const chinaToday = () => new Date(Date.now() + CHINA);
const day = (d: Date) => d.toISOString().slice(0, 10);
const daysAgo = (n: number) => day(new Date(chinaToday().getTime() - n * 86_400_000));
/** The `n`th of last month (China time). */
const lastMonth = (n: number) => {
  const t = chinaToday();
  return day(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - 1, n)));
};

async function ok(res: Promise<import("@playwright/test").APIResponse>, status = 200) {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return r.json();
}

async function transition(api: APIRequestContext, id: string, body: Record<string, unknown>) {
  const { version } = await ok(api.get(`/api/v1/suggestions/${id}`));
  return ok(api.post(`/api/v1/suggestions/${id}/transitions`, { data: { ...body, version } }));
}

test("the office back-enters a paper reply and a rating form dated last month", async ({ page }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  await signInAs(page, E2E_USERS.OFFICE);
  const unit = await ok(page.request.post("/api/v1/units", { data: { name: `纸质站${stamp}`, kind: "STATION" } }), 201);

  // 代为提交 from the deputy's paper form, raised 110 days ago (in recess).
  await page.goto("/suggestions/new");
  await expect(page.getByRole("heading", { level: 1, name: "代为提交建议" })).toBeVisible();
  const form = page.getByRole("form", { name: "提交建议" });
  await form.getByLabel("领衔代表").selectOption({ label: E2E_DEPUTY_NAME });
  const title = `关于修缮河堤的建议${stamp}`;
  await form.getByLabel("标题").fill(title);
  await form.getByLabel("内容").fill("河堤年久失修，汛期存在隐患，建议尽快修缮。");
  await form.getByLabel("类别").selectOption({ index: 1 });
  await form.getByLabel("会议").selectOption({ label: "闭会期间" });
  await form.getByLabel("提出日期").fill(daysAgo(110));
  await form.getByRole("button", { name: "提交建议" }).click();
  await page.waitForURL(/\/suggestions\/[0-9a-f-]{36}\?submitted=1$/);
  const id = new URL(page.url()).pathname.split("/").pop()!;

  // Registered, and assigned as it was 100 days ago: the reply was due about ten days ago.
  await transition(page.request, id, { action: "register" });
  const assigned = await transition(page.request, id, {
    action: "assign",
    leadUnitId: unit.id,
    occurredOn: daysAgo(100),
  });
  expect(assigned.deadline < day(chinaToday())).toBe(true);
  expect(lastMonth(15) <= assigned.deadline).toBe(true);

  // The unit's paper reply, dated the 15th of last month.
  await page.reload();
  await page.getByText("代录答复", { exact: true }).click();
  const replyForm = page.getByRole("form", { name: "代录答复" });
  await replyForm.getByRole("radio", { name: "A 已解决或基本解决" }).check();
  await replyForm.getByLabel("答复内容").fill("已列入明年水利计划，先行加固险段。");
  await replyForm.getByLabel("答复日期").fill(lastMonth(15));
  await replyForm.getByRole("button", { name: "提交答复" }).click();
  await expect(page.getByText("代录评价（满意度测评表）", { exact: true })).toBeVisible();

  // The deputy's rating form, dated the 20th of last month.
  await page.getByText("代录评价（满意度测评表）", { exact: true }).click();
  const ratingForm = page.getByRole("form", { name: "代录评价" });
  await ratingForm.getByRole("radio", { name: "满意", exact: true }).check();
  await ratingForm.getByLabel("评价日期").fill(lastMonth(20));
  await ratingForm.getByRole("button", { name: "提交评价" }).click();

  // The timeline: the real dates, and who keyed each on whose behalf.
  const timeline = page.getByRole("list", { name: "办理过程" });
  const reply = timeline.getByRole("listitem").filter({ hasText: "承办单位答复" });
  await expect(reply).toContainText(`答复日期：${lastMonth(15)}`);
  await expect(reply).toContainText(`代录 · 由 测试OFFICE 录入（代纸质站${stamp}）`);
  const rating = timeline.getByRole("listitem").filter({ hasText: "代表评价" });
  await expect(rating).toContainText(`评价日期：${lastMonth(20)}`);
  await expect(rating).toContainText(`代录 · 由 测试OFFICE 录入（代${E2E_DEPUTY_NAME}）`);
  await expect(timeline.getByRole("listitem").filter({ hasText: "交办承办单位" })).toContainText(
    `交办日期：${daysAgo(100)}`,
  );

  // The figures for that unit: answered on time by the reply's own date, and 满意.
  const { year } = await ok(page.request.get(`/api/v1/suggestions/${id}`));
  await page.goto(`/suggestions/figures?year=${year}&unitId=${unit.id}`);
  const figure = (label: string) =>
    page
      .locator('dl[aria-label="主要数据"] div')
      .filter({ has: page.locator("dt").getByText(label, { exact: true }) })
      .locator("dd")
      .first();
  await expect(figure("建议总数")).toHaveText("1 件");
  await expect(figure("按时答复率")).toHaveText("100%");
  await expect(figure("满意率")).toHaveText("100%");
});

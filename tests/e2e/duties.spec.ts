import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";
import { E2E_DUTIES_DEPUTIES, E2E_DUTIES_GROUP, E2E_DUTIES_USERS } from "./duties-users";

// 登记簿镇 (tests/e2e/duties-seed.ts): a deputy logs three duties on a phone, the office verifies them and the
// deputy's 六个一 card fills; the office records a group activity and registers a suggestion raised at it.

async function logDuty(page: Page, kind: string, description: string, voters?: number) {
  const form = page.getByRole("form", { name: "登记履职" });
  await form.getByLabel("履职类型").selectOption({ label: kind });
  await form.getByLabel("履职内容").fill(description);
  if (voters !== undefined) await form.getByLabel("联系选民人数").fill(String(voters));
  await form.getByRole("button", { name: "提交登记" }).click();
  await expect(form.getByText("已登记，等待人大办核实")).toBeVisible();
  await expect(page.getByRole("listitem", { name: new RegExp(kind) })).toBeVisible();
}

test("a deputy logs three duties on a phone, the office verifies them, and the 六个一 card fills", async ({
  browser,
}) => {
  const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await signInAs(phone, E2E_DUTIES_USERS.deputy);
  await phone.goto("/duties");
  await expect(phone.getByRole("heading", { level: 1, name: "我的履职" })).toBeVisible();
  await logDuty(phone, "联系选民", "走访一组村民，听取对村道硬化的意见", 12);
  await logDuty(phone, "选民座谈会", "在村委会召开选民座谈会", 20);
  await logDuty(phone, "办实事", "协调修复三组路灯");
  // Nothing counts until the office verifies.
  await expect(phone.getByText("已完成 0 / 6 项")).toBeVisible();
  const noScroll = await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(noScroll).toBe(true);

  const office = await browser.newPage();
  await signInAs(office, E2E_DUTIES_USERS.office);
  await office.goto("/duties?state=SUBMITTED");
  for (let i = 0; i < 3; i++) {
    await office
      .getByRole("button", { name: /^核实：/ })
      .first()
      .click();
    await expect(office.getByRole("button", { name: /^核实：/ })).toHaveCount(2 - i);
  }

  await phone.reload();
  const card = phone.getByRole("region", { name: /我的“六个一”/ });
  await expect(card.getByText("已完成 3 / 6 项")).toBeVisible();
  await expect(card.getByText("32 / 10 人 ✓ 已达到")).toBeVisible();
  await expect(card.getByText("1 / 1 次 ✓ 已达到")).toBeVisible();
  await expect(card.getByText("1 / 1 件 ✓ 已达到")).toBeVisible();
});

test("the office records a group activity with its 五个有 and registers a suggestion raised at it", async ({
  page,
}) => {
  await signInAs(page, E2E_DUTIES_USERS.office);
  await page.goto("/groups/activities");
  await page.getByText("登记小组活动", { exact: true }).click();
  const form = page.getByRole("form", { name: "登记小组活动" });
  await form.getByLabel("活动主题").fill("收集群众对村道硬化的意见");
  await form.getByLabel(E2E_DUTIES_DEPUTIES[0]).check();
  await form.getByLabel(E2E_DUTIES_DEPUTIES[1]).check();
  await form.getByLabel(/^活动内容/).fill("走访三个村民小组，召开座谈会");
  await form.getByLabel(/^活动记录/).fill("到会代表 2 名，收集意见 5 条");
  await form.getByRole("button", { name: "登记活动" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${E2E_DUTIES_GROUP}：收集群众对村道硬化的意见` }),
  ).toBeVisible();
  await expect(page.getByText(`${E2E_DUTIES_DEPUTIES[0]}、${E2E_DUTIES_DEPUTIES[1]}`)).toBeVisible();

  await page.getByRole("link", { name: "登记活动中提出的建议" }).click();
  const s = page.getByRole("form", { name: "提交建议" });
  await s.getByLabel("领衔代表").selectOption({ label: E2E_DUTIES_DEPUTIES[1] });
  await s.getByLabel("标题").fill("关于硬化三组村道的建议");
  await s.getByLabel("内容").fill("三组村道雨天泥泞，群众出行困难，建议列入明年硬化计划。");
  await s.getByLabel("类别").selectOption({ index: 1 });
  await s.getByRole("button", { name: "提交建议" }).click();
  await expect(page).toHaveURL(/\/suggestions\/[0-9a-f-]+/);

  await page.goto("/groups/activities");
  await page.getByRole("link", { name: /收集群众对村道硬化的意见/ }).click();
  await expect(page.getByRole("link", { name: /关于硬化三组村道的建议/ })).toBeVisible();
});

// A valid PNG's signature and header: enough for the photo check (tests/integration uses the same bytes).
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

test("the office corrects a group activity's record, removes a photo, and moves a scheduled 述职", async ({ page }) => {
  await signInAs(page, E2E_DUTIES_USERS.office);
  await page.goto("/groups/activities");
  await page.getByText("登记小组活动", { exact: true }).click();
  const form = page.getByRole("form", { name: "登记小组活动" });
  await form.getByLabel("活动主题").fill("走访困难群众");
  await form.getByLabel(E2E_DUTIES_DEPUTIES[0]).check();
  await form.getByLabel(/^活动内容/).fill("走访五户困难群众");
  await form.getByRole("button", { name: "登记活动" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${E2E_DUTIES_GROUP}：走访困难群众` })).toBeVisible();

  await page
    .getByLabel("活动照片（JPG 或 PNG）")
    .setInputFiles({ name: "现场.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "上传照片" }).click();
  await expect(page.getByRole("region", { name: "活动照片（1）" })).toBeVisible();
  await page.getByRole("button", { name: "删除 照片 现场.png" }).click();
  await page.getByRole("button", { name: "确认删除 照片 现场.png" }).click();
  await expect(page.getByRole("region", { name: "活动照片（0）" })).toBeVisible();

  await page.locator("summary", { hasText: "修改活动记录" }).click();
  const edit = page.getByRole("form", { name: "修改活动记录" });
  await edit.getByLabel("活动主题").fill("走访困难群众和困难代表");
  await edit.getByLabel(E2E_DUTIES_DEPUTIES[1]).check();
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `${E2E_DUTIES_GROUP}：走访困难群众和困难代表` }),
  ).toBeVisible();
  await expect(page.getByText(`${E2E_DUTIES_DEPUTIES[0]}、${E2E_DUTIES_DEPUTIES[1]}`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.goto("/voter-reports");
  // One form schedules and (with the report) moves: scheduling names the deputy and has no 备注; nothing chosen is
  // refused next to the fields.
  const schedule = page.getByRole("form", { name: "安排述职" });
  await expect(schedule.getByLabel("备注")).toHaveCount(0);
  await schedule.getByRole("button", { name: "安排述职" }).click();
  await expect(schedule.getByText("请选择述职代表")).toBeVisible();
  await expect(schedule.getByText("格式应为 年-月-日，如 1980-05-01")).toBeVisible();
  await schedule.getByLabel("述职代表").selectOption({ label: E2E_DUTIES_DEPUTIES[2] });
  await schedule.getByLabel("述职日期").fill("2026-12-28");
  await schedule.getByLabel("述职地点").fill("一组活动室");
  await schedule.getByRole("button", { name: "安排述职" }).click();
  await expect(page.getByText("一组活动室")).toBeVisible();
  await page.locator("summary", { hasText: "修改述职安排" }).click();
  const move = page.getByRole("form", { name: `修改${E2E_DUTIES_DEPUTIES[2]}的述职安排` });
  await expect(move.getByLabel("述职代表")).toHaveCount(0);
  await expect(move.getByLabel("述职日期")).toHaveValue("2026-12-28");
  await expect(move.getByLabel("述职地点")).toHaveValue("一组活动室");
  await move.getByLabel("述职日期").fill("2026-12-30");
  await move.getByLabel("述职地点").fill("村委会会议室");
  await move.getByLabel("备注").fill("改在村委会");
  await move.getByRole("button", { name: "保存修改" }).click();
  await expect(move.getByText("已修改述职安排")).toBeVisible();
  await expect(page.getByText(`${E2E_DUTIES_DEPUTIES[2]} · 2026-12-30`)).toBeVisible();
  await expect(page.getByText("村委会会议室")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

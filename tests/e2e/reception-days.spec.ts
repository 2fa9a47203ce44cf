import { expect, test, type Page } from "@playwright/test";
import { E2E_RECEPTION_DEPUTIES, E2E_RECEPTION_USERS } from "./reception-users";
import { expectNoSeriousA11yViolations, signInAs, todayInChina } from "./helpers";

// Voter reception days (issue 16, point 5) in 接待镇: the office generates next year's calendar by the township's
// rule, adds today's reception day, assigns deputies on duty, records a visitor from the paper register (代录 for
// the receiving deputy) and turns the issue into a deputy's suggestion in one step; the deputy on duty then sees
// the day with the visitor's phone masked.

const SHOTS = process.env.RECEPTION_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

const today = todayInChina();
const year = Number(today.slice(0, 4));

test("generate a calendar, assign deputies, record a visitor and turn the issue into a suggestion", async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await signInAs(page, E2E_RECEPTION_USERS.office);

  // Next year's calendar: twelve days, one a month, by the rule (local practice, said so on the page).
  await page.goto(`/reception-days?year=${year + 1}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${year + 1}年接待选民日`);
  await expect(page.getByText("不是法律规定")).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "少于本镇规定的 8 次" })).toBeVisible();
  const generate = page.getByRole("form", { name: "生成全年接待选民日" });
  await generate.getByLabel("接待地点").fill("镇人大代表之家");
  await generate.getByRole("button", { name: /生成.*接待日/ }).click();
  const table = page.getByRole("table", { name: "接待选民日列表" });
  await expect(table.getByRole("row")).toHaveCount(13);
  await expect(page.getByText("少于本镇规定的 8 次")).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shot(page, "calendar-1366");

  // Today's reception day in this year, added by hand.
  await page.goto(`/reception-days?year=${year}`);
  const add = page.getByRole("form", { name: "新增接待选民日" });
  await add.getByLabel("接待日期").fill(today);
  await add.getByLabel("接待地点").fill("青山村代表联络站");
  await add.getByRole("button", { name: "新增接待日" }).click();
  await page.getByRole("link", { name: new RegExp(`^${today}`) }).click();
  await page.waitForURL(/\/reception-days\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${today} 接待选民日`);

  // Deputies on duty.
  await page.locator("summary", { hasText: "安排值班代表" }).click();
  const duties = page.getByRole("form", { name: "安排值班代表" });
  await duties.getByLabel(E2E_RECEPTION_DEPUTIES[0]).check();
  await duties.getByLabel(E2E_RECEPTION_DEPUTIES[1]).check();
  await duties.getByRole("button", { name: "保存值班安排" }).click();
  await expect(duties.getByRole("status")).toHaveText("值班安排已保存");
  const dutySection = page.getByRole("region", { name: /值班代表（2 名）/ });
  await expect(dutySection).toContainText(E2E_RECEPTION_DEPUTIES[0]);

  // A visitor keyed from the paper register (代录 for the receiving deputy).
  const visit = page.getByRole("form", { name: "登记来访" });
  await expect(visit).toContainText("代录");
  await visit.getByLabel("来访人姓名").fill("刘大爷");
  await visit.getByLabel("联系电话").fill("13812345678");
  await visit.getByLabel("住址").fill("清水镇青山村三组18号");
  await visit.getByLabel("接待代表").selectOption({ label: E2E_RECEPTION_DEPUTIES[0] });
  await visit.getByLabel("反映的问题").fill("退休后的养老补贴2740元一直没有发放");
  await visit.getByRole("button", { name: "登记来访" }).click();
  const visits = page.getByRole("region", { name: /来访群众（1 人次）/ });
  await expect(visits).toContainText("退休后的养老补贴2740元一直没有发放");
  await expect(visits).toContainText("代录 · 由");

  // The issue becomes a suggestion led by the receiving deputy, in one step, linked.
  await visits.locator("summary", { hasText: "转为代表建议" }).click();
  const convert = page.getByRole("form", { name: "将刘大爷反映的问题转为代表建议" });
  await convert.getByLabel("建议标题").fill("落实退休人员养老补贴发放");
  await convert.getByLabel("建议类别").selectOption({ index: 1 });
  await convert.getByRole("button", { name: "转为代表建议" }).click();
  const link = visits.getByRole("link", { name: "落实退休人员养老补贴发放" });
  await expect(link).toBeVisible();
  await expect(visits.locator("summary", { hasText: "转为代表建议" })).toHaveCount(0);

  // A second visitor's issue becomes a petition (来访 on the reception day), in one step.
  await visit.getByLabel("来访人姓名").fill("张大娘");
  await visit.getByLabel("反映的问题").fill("砖厂拖欠工资三个月");
  await visit.getByRole("button", { name: "登记来访" }).click();
  const both = page.getByRole("region", { name: /来访群众（2 人次）/ });
  await both.locator("summary", { hasText: "转为信访件" }).click();
  const petition = page.getByRole("form", { name: "将张大娘反映的问题转为信访件" });
  await petition.getByLabel("信访标题").fill("砖厂拖欠工资");
  await petition.getByRole("button", { name: "转为信访件" }).click();
  await expect(both).toContainText(/已转为信访件：信访/);
  await expect(both.locator("summary", { hasText: "转为信访件" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await shot(page, "day-1366");
  const dayUrl = page.url();
  await both.getByRole("link", { name: "落实退休人员养老补贴发放" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("落实退休人员养老补贴发放");
  await context.close();

  // The deputy on duty sees the day on a phone, the visitor's phone and address masked.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const mobile = await phone.newPage();
  await signInAs(mobile, E2E_RECEPTION_USERS.deputy);
  await mobile.goto("/reception-days");
  await expect(mobile.getByRole("heading", { level: 1 })).toHaveText(`${year}年接待选民日`);
  await mobile.goto(dayUrl);
  const seen = mobile.getByRole("region", { name: /来访群众/ });
  await expect(seen).toContainText("138****5678");
  await expect(seen).not.toContainText("13812345678");
  await expect(seen).toContainText("清水镇青山村****");
  await shot(mobile, "day-360");
  await phone.close();
});

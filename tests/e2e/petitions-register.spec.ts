// 信访件登记: the office registers a visit keyed from paper (代录, the real day), sees the earlier petition
// of the same petitioner as a possible duplicate before saving and links it; the record shows the
// petitioner masked until the office asks for the full data (logged in the audit trail); the unit the
// earlier case was handed to sees it with the ID number masked and no way to see more.
import { expect, test } from "@playwright/test";
import { navigateTo, signInAs } from "./helpers";
import { E2E_PETITION_EARLIER as EARLIER, E2E_PETITION_USERS as U } from "./petitions-users";

const daysAgo = (n: number) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date(Date.now() - n * 86_400_000));
// Numbers run by the year of receipt: the earlier petition (10 days ago) is 001 of its year.
const earlierNumber = `信访${daysAgo(10).slice(0, 4)}-001`;
const newNumber = `信访${daysAgo(2).slice(0, 4)}-${daysAgo(2).slice(0, 4) === daysAgo(10).slice(0, 4) ? "002" : "001"}`;

test("the office registers a visit, sees and links the duplicate, and views the personal data in full (logged)", async ({
  page,
}) => {
  await signInAs(page, U.office);
  await navigateTo(page, "信访", "信访件");
  await expect(page.getByRole("heading", { level: 1, name: "信访件" })).toBeVisible();
  await page.getByRole("link", { name: "登记信访件" }).click();
  const form = page.getByRole("form", { name: "登记信访件" });
  await form.getByLabel("信访渠道").selectOption({ label: "来访" });
  await form.getByLabel("收到日期").fill(daysAgo(2));
  await form.getByLabel("信访类别").selectOption({ label: "申诉求决类" });
  await form.getByLabel("姓名（第 1 人）").fill(EARLIER.petitioner);
  await form.getByLabel("联系电话").fill("138 1234 5678");
  // A wrong check digit is refused on the form, naming the field.
  await form.getByLabel("身份证号").fill("110105194912310021");
  await form.getByLabel("标题").fill("镇东砖厂拖欠工资问题");
  await form.getByLabel("信访内容").fill("再次反映砖厂拖欠三个月工资的问题。");
  await form.getByRole("button", { name: "登记" }).click();
  await expect(form.getByText("不是有效的 18 位身份证号（校验位不符）")).toBeVisible();
  await expect(form.getByLabel("身份证号")).toHaveAttribute("aria-invalid", "true");
  await form.getByLabel("身份证号").fill(EARLIER.idNumber);

  // The possible duplicate, before saving: the same petitioner and ID number, a similar subject.
  const duplicates = page.getByRole("region", { name: "可能重复的信访件" });
  const earlier = duplicates.getByRole("listitem").filter({ hasText: EARLIER.subject });
  await expect(earlier).toContainText("同一信访人（王建国）");
  await expect(earlier).toContainText("身份证号相同");
  await earlier.getByRole("button", { name: "关联为重复件" }).click();
  await expect(earlier.getByRole("button", { name: /已关联为重复件/ })).toHaveAttribute("aria-pressed", "true");
  await form.getByRole("button", { name: "登记" }).click();

  await page.waitForURL(/\/petitions\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${newNumber} 镇东砖厂拖欠工资问题`);
  const facts = page.getByRole("region", { name: "登记信息" });
  await expect(facts).toContainText("代录");
  await expect(facts.getByRole("link", { name: new RegExp(EARLIER.subject) })).toBeVisible();
  await expect(page.getByRole("region", { name: "办理记录" })).toContainText(`${daysAgo(2)} 登记`);

  // Masked by default, even for the office; in full on request, and the request is logged.
  const people = page.getByRole("region", { name: "信访人" });
  await expect(people).toContainText("138****5678");
  await expect(people).toContainText(EARLIER.maskedId);
  await expect(people).not.toContainText(EARLIER.idNumber);
  await people.getByRole("button", { name: "显示完整信息" }).click();
  await expect(people).toContainText(EARLIER.idNumber);
  await expect(people).toContainText("13812345678");
  await expect(people).toContainText("本次查看已记入审计日志");
  await page.goto("/audit");
  await expect(page.getByRole("main")).toContainText("查看信访人完整个人信息");
});

test("the unit sees the case handed to it with the personal data masked, and cannot ask for more", async ({ page }) => {
  await signInAs(page, U.unit);
  await navigateTo(page, "信访", "信访件");
  const table = page.getByRole("table", { name: "信访件列表" });
  await expect(table.getByRole("row")).toHaveCount(2); // the header and the one case handed to 民政办
  await table.getByRole("link", { name: earlierNumber }).click();
  await page.waitForURL(/\/petitions\/[0-9a-f-]{36}$/);
  const people = page.getByRole("region", { name: "信访人" });
  await expect(people).toContainText(EARLIER.petitioner);
  await expect(people).toContainText(EARLIER.maskedId);
  await expect(people).toContainText("138****5678");
  await expect(people.getByRole("button", { name: "显示完整信息" })).toHaveCount(0);
  const html = await page.content();
  for (const secret of [EARLIER.idNumber, EARLIER.phone, EARLIER.address]) expect(html).not.toContain(secret);
  // Asking through the URL changes nothing for a unit.
  await page.goto(`${new URL(page.url()).pathname}?reveal=1`);
  await expect(page.getByRole("region", { name: "信访人" })).toContainText(EARLIER.maskedId);
  expect(await page.content()).not.toContain(EARLIER.idNumber);
  await expect(page.getByRole("region", { name: "附件" })).toHaveCount(0);
});

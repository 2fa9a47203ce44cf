import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { E2E_CO_UNIT, E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// Attachments, co-units' input and the category list of 代表建议 in 测试镇 (tests/e2e/accounts.ts):
// e2e-unit is 民政办, e2e-co-unit is 财政所. Nothing here is rated, so suggestions.spec.ts still
// starts with no satisfaction rate.

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from("0000000d49484452", "hex"),
  Buffer.alloc(200, 7),
]);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const region = (page: Page, name: string) => page.getByRole("region", { name, exact: true });
const state = (page: Page) => region(page, "建议内容").locator("dd").nth(3);

async function switchTo(page: Page, username: string, viewport = DESKTOP) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL(/\/login$/);
  await page.setViewportSize(viewport);
  await signInAs(page, username);
}

/** Downloads the named file from the 附件 section and returns its name and bytes. */
async function download(page: Page, filename: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    region(page, "附件").getByRole("link", { name: filename }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile((await file.path())!) };
}

test("a deputy attaches a photo when submitting on a phone; the office downloads it; the unit replies with a file; the co-unit's input shows for the lead unit", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const title = `村口垃圾站异味 ${Date.now()}`;

  // The deputy, on a phone, picks a file of the wrong type (refused at once), then the photo.
  await page.setViewportSize(PHONE);
  await signInAs(page, E2E_USERS.DEPUTY);
  await page.goto("/suggestions/new");
  const create = page.getByRole("form", { name: "提交建议" });
  await create.getByLabel("标题").fill(title);
  await create.getByLabel("内容").fill("村口垃圾站夏季异味明显，建议增加清运频次并加装除臭设备。");
  await create.getByLabel("类别").selectOption({ label: "生态环境" });
  const picker = create.getByLabel("附件", { exact: true });
  await expect(create.getByText(/每个文件不超过 10 MB，最多 10 个/)).toBeVisible();
  await picker.setInputFiles({ name: "程序.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ...") });
  await expect(create.getByText(/“程序\.exe”的类型不允许/)).toBeVisible();
  await picker.setInputFiles({ name: "垃圾站现场.png", mimeType: "image/png", buffer: PNG });
  await expect(create.getByRole("list", { name: "已选择的附件" })).toContainText("垃圾站现场.png");
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await create.getByRole("button", { name: "提交建议" }).click();
  await page.waitForURL(/\/suggestions\/[0-9a-f-]{36}\?submitted=1$/);
  const path = new URL(page.url()).pathname;
  await expect(region(page, "附件").getByRole("list", { name: "建议材料" })).toContainText("垃圾站现场.png");
  await expectNoSeriousA11yViolations(page);

  // The office downloads it (same bytes, Chinese name kept), registers and assigns with a co-unit.
  await switchTo(page, E2E_USERS.OFFICE);
  await page.goto(path);
  const got = await download(page, "垃圾站现场.png");
  expect(got.name).toBe("垃圾站现场.png");
  expect(got.bytes.equals(PNG)).toBe(true);
  await page.getByRole("button", { name: "登记", exact: true }).click();
  await expect(state(page)).toHaveText("已登记");
  const assign = page.getByRole("form", { name: "交办建议" });
  await assign.getByLabel("主办单位").selectOption({ label: "民政办" });
  await assign.getByLabel(E2E_CO_UNIT.unit).check();
  await assign.getByRole("button", { name: "交办" }).click();
  await expect(state(page)).toHaveText("已交办");
  await expect(region(page, "交办与期限")).toContainText("待主席签发");

  // The chair signs it off (签发): the units have it from today.
  await switchTo(page, E2E_USERS.CHAIR);
  await page.goto("/suggestions");
  const signOff = page.getByRole("form", { name: "签发交办" });
  await signOff.getByRole("checkbox", { name: title }).check();
  await signOff.getByRole("button", { name: "签发" }).click();
  await expect(signOff.getByRole("status")).toContainText("已签发 1 件");
  await page.goto(path);
  await expect(region(page, "交办与期限")).toContainText(/财政所（协办.*协办意见：待提交（\d{4}-\d{2}-\d{2} 前）/);

  // The co-unit sends its input to the lead unit.
  await switchTo(page, E2E_CO_UNIT.username);
  await page.goto("/suggestions");
  await expect(page.getByText("待向主办单位提交协办意见 1 件")).toBeVisible();
  await page.goto(path);
  const co = page.getByRole("form", { name: "协办意见" });
  await co.getByLabel("协办意见").fill("财政所可安排除臭设备采购资金 2 万元。");
  await co.getByRole("button", { name: "提交协办意见" }).click();
  await expect(region(page, "办理过程")).toContainText("协办意见（财政所）");
  await expect(page.getByRole("form", { name: "协办意见" })).toHaveCount(0);

  // The lead unit sees the input and its status, and replies with a file.
  await switchTo(page, E2E_USERS.UNIT);
  await page.goto(path);
  await expect(region(page, "交办与期限")).toContainText(/财政所（协办.*协办意见：已提交/);
  await expect(region(page, "办理过程").getByRole("listitem").filter({ hasText: "协办意见（财政所）" })).toContainText(
    "除臭设备采购资金 2 万元",
  );
  const reply = page.getByRole("form", { name: "答复建议" });
  await reply.getByLabel("A 已解决或基本解决").check();
  await reply.getByLabel("答复内容").fill("已将清运改为每日两次，并加装除臭喷淋设备。");
  await reply
    .getByLabel("答复附件")
    .setInputFiles({ name: "整改验收单.pdf", mimeType: "application/pdf", buffer: PDF });
  await reply.getByRole("button", { name: "提交答复" }).click();
  await expect(state(page)).toHaveText("已答复");
  await expect(region(page, "附件").getByRole("list", { name: /^答复附件/ })).toContainText("整改验收单.pdf");
  await expectNoSeriousA11yViolations(page);

  // The deputy sees the reply's file, not the co-unit's input.
  await switchTo(page, E2E_USERS.DEPUTY, PHONE);
  await page.goto(path);
  const pdf = await download(page, "整改验收单.pdf");
  expect(pdf.bytes.equals(PDF)).toBe(true);
  await expect(region(page, "办理过程")).not.toContainText("协办意见");
});

test("the office adds a category, moves it up and it is offered in the form; deactivated, it is not", async ({
  page,
}) => {
  const name = `乡村振兴${Date.now() % 10000}`;
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/suggestions");
  await page.getByRole("link", { name: "管理类别" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "建议类别" })).toBeVisible();
  await page.getByLabel("新类别名称").fill(name);
  await page.getByRole("button", { name: "添加", exact: true }).click();
  const list = page.getByRole("list", { name: "类别列表" });
  await expect(list.getByRole("listitem").last()).toContainText(name);
  await page.getByRole("button", { name: `上移 ${name}` }).click();
  await expect(list.getByRole("listitem").last()).toContainText("其他");
  await expectNoSeriousA11yViolations(page);

  await page.goto("/suggestions/new");
  const options = page.getByRole("form", { name: "提交建议" }).getByLabel("类别").locator("option");
  await expect(options).toContainText([name, "其他"]);

  await page.goto("/suggestions/categories");
  await page.getByRole("button", { name: `停用 ${name}` }).click();
  await expect(list.getByRole("listitem").filter({ hasText: name })).toContainText("已停用");
  await page.goto("/suggestions/new");
  await expect(
    page.getByRole("form", { name: "提交建议" }).getByLabel("类别").locator("option", { hasText: name }),
  ).toHaveCount(0);

  // On a phone the page does not scroll sideways.
  await page.setViewportSize(PHONE);
  await page.goto("/suggestions/categories");
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

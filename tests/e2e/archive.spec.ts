import fs from "node:fs";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
import { E2E_ARCHIVE_LETTER, E2E_ARCHIVE_PETITION, E2E_ARCHIVE_USERS } from "./archive-users";
import { expectNoSeriousA11yViolations, signInAs, todayInChina } from "./helpers";

// The document register and the year's archive (issue 18, part 5) in 档案室镇: the office registers an incoming
// document from the paper register with its scan, links it to the petition it concerns, then opens the year's
// archive and downloads the .zip (目录.xlsx and a folder per category). Each page passes axe at 1366 and 360 px.

const SHOTS = process.env.ARCHIVE_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

const today = todayInChina();
const year = Number(today.slice(0, 4));
const scan = Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.from("县人大信访室转办函"), Buffer.from("\n%%EOF\n")]);

test("register an incoming document, link it to a petition, download the year's archive", async ({ browser }) => {
  test.setTimeout(120_000);
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await signInAs(page, E2E_ARCHIVE_USERS.office);

  await page.goto("/documents");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${year}年收发文登记`);
  await expect(page.getByRole("link", { name: "收文" })).toHaveAttribute("aria-current", "page");
  const form = page.getByRole("form", { name: "收文登记" });
  await form.getByLabel("收文日期").fill(today);
  await form.getByLabel("文号").fill(`县人大信转〔${year}〕7号`);
  await form.getByLabel("来文单位").fill("县人大常委会信访室");
  await form.getByLabel("档案分类").selectOption("信访");
  await form.getByLabel("文件标题").fill("关于转办敬老院维修问题来信的函");
  await form
    .locator('input[type="file"]')
    .setInputFiles({ name: "转办函.pdf", mimeType: "application/pdf", buffer: scan });
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "登记收文" }).click();
  await page.waitForURL(/\/documents\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`收〔${year}〕1号 关于转办敬老院维修问题来信的函`);
  await expect(page.getByRole("link", { name: "转办函.pdf" })).toBeVisible();

  // Linked to the petition the letter concerns.
  const link = page.getByRole("form", { name: "关联记录" });
  await link.getByLabel("记录类别").selectOption("PETITION");
  const record = link.getByLabel("记录", { exact: true });
  await expect(record.locator("option", { hasText: E2E_ARCHIVE_PETITION })).toHaveCount(1);
  await record.selectOption({
    label: (await record.locator("option", { hasText: E2E_ARCHIVE_PETITION }).textContent())!,
  });
  await link.getByRole("button", { name: "关联" }).click();
  const links = page.getByRole("list", { name: "关联记录列表" });
  await expect(links).toContainText(E2E_ARCHIVE_PETITION);

  // 更正 in the page: the reason is required; the original 文号 stays visible in the 更正记录.
  const correct = page.getByRole("form", { name: "更正登记内容" });
  await correct.getByLabel("文号").fill(`县人大信转〔${year}〕8号`);
  await correct.getByRole("button", { name: "保存更正" }).click();
  await expect(correct.getByText("更正原因：更正登记内容须填写原因")).toBeVisible();
  await correct.getByLabel("更正原因").fill("登记时文号抄错，按原件更正");
  await correct.getByRole("button", { name: "保存更正" }).click();
  await expect(correct.getByText("已更正")).toBeVisible();
  const history = page.getByRole("list", { name: "更正记录列表" });
  await expect(history).toContainText(`县人大信转〔${year}〕7号`);
  await expect(history).toContainText(`县人大信转〔${year}〕8号`);
  await expect(history).toContainText("登记时文号抄错，按原件更正");
  await expectNoSeriousA11yViolations(page);
  await shot(page, "document-1366");

  await page.goto(`/documents?year=${year}`);
  const table = page.getByRole("table", { name: `${year}年收文登记` });
  await expect(table.getByRole("link", { name: `收〔${year}〕1号` })).toBeVisible();
  await shot(page, "register-1366");

  // The year's archive: the registered document's scan and the petition's letter, and the .zip.
  await page.goto(`/archive?year=${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${year}年归档`);
  const categories = page.getByRole("navigation", { name: "归档分类" });
  await expect(categories.getByRole("link", { name: /收发文.*1 个/ })).toBeVisible();
  await expect(categories.getByRole("link", { name: /信访件附件.*1 个/ })).toBeVisible();
  const files = page.getByRole("table", { name: `${year}年归档文件` });
  await expect(files.getByRole("link", { name: E2E_ARCHIVE_LETTER })).toBeVisible();
  await expect(files.getByRole("link", { name: "转办函.pdf" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await shot(page, "archive-1366");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: `下载${year}年归档包（zip）` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`档案室镇${year}年档案.zip`);
  const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  expect(names).toContain("目录.xlsx");
  expect(names.some((n) => n.startsWith("05 信访件附件/") && n.endsWith(E2E_ARCHIVE_LETTER))).toBe(true);
  expect(names.some((n) => n.startsWith("08 收发文/") && n.endsWith("转办函.pdf"))).toBe(true);
  expect(Buffer.from(await zip.file(names.find((n) => n.endsWith("转办函.pdf"))!)!.async("uint8array"))).toEqual(scan);

  await page.goto(`/publicity?year=${year}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${year}年人大宣传`);
  await expectNoSeriousA11yViolations(page);
  await context.close();

  // On a phone: the register, the archive and publicity read and pass axe.
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const p = await phone.newPage();
  await signInAs(p, E2E_ARCHIVE_USERS.office);
  for (const path of [`/documents?year=${year}`, `/archive?year=${year}`, `/publicity?year=${year}`]) {
    await p.goto(path);
    await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSeriousA11yViolations(p);
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await shot(p, "publicity-360");
  await p.goto(`/archive?year=${year}`);
  await shot(p, "archive-360");
  await phone.close();

  // A deputy has no archive and no register.
  const other = await browser.newContext();
  const d = await other.newPage();
  await signInAs(d, E2E_ARCHIVE_USERS.deputy);
  for (const path of ["/archive", "/documents"]) {
    const res = await d.goto(path);
    expect(res?.status(), path).toBe(404);
  }
  await other.close();
});

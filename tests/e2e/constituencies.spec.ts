import { expect, test } from "@playwright/test";
import { E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";

// 选区 are records of the term: the office adds two, registers a deputy in one through the form's list, and
// filters the roster by it. Screenshots for a person to look at go to test-results/.
const SHOTS = "test-results/constituencies";

test("the office adds two 选区, assigns a deputy to one, and filters the roster by it", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  await navigateTo(page, "名册", "选区");
  await expect(page.getByRole("heading", { name: "选区", level: 1 })).toBeVisible();
  // Unique to this run: a number above the seeded 第一–第三选区.
  const n = 100 + (Date.now() % 800);
  const [near, far] = [`第${n}选区`, `第${n + 1}选区`];
  await page.getByText("新增选区").click();
  for (const name of [far, near]) {
    const form = page.getByRole("form", { name: "新增选区" });
    await form.getByLabel("选区名称").fill(name);
    await form.getByLabel("选区范围").fill("青山村、石桥村");
    await form.getByLabel("选民数").fill("1200");
    await form.getByRole("button", { name: "添加" }).click();
    await expect(page.getByRole("table", { name: /选区/ }).getByRole("cell", { name, exact: true })).toBeVisible();
  }
  // Natural order: 第一、第二、第三 (words) before the numbered ones, and n before n+1 whatever was added first.
  const table = page.getByRole("table", { name: /选区/ });
  const firstColumn = await table.locator("tbody tr td:first-child").allInnerTexts();
  expect(firstColumn.map((t) => t.trim())).toEqual(["第一选区", "第二选区", "第三选区", near, far]);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: `${SHOTS}/list-1366.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.screenshot({ path: `${SHOTS}/list-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });

  // A deputy registered through the form, choosing the new 选区 from its list.
  const name = `选区${String.fromCodePoint(0x4e00 + (Date.now() % 5000))}`;
  await page.goto("/deputies/new");
  const form = page.getByRole("form", { name: "新增代表" });
  await form.getByLabel("姓名").fill(name);
  await form.getByLabel("性别").selectOption("FEMALE");
  await form.getByLabel("出生日期").fill("1982-06-15");
  await form.getByLabel("职业").fill("村民");
  const district = form.getByRole("combobox", { name: "选区" });
  await expect(district.locator("option")).toHaveText(["请选择", "第一选区", "第二选区", "第三选区", near, far]);
  await district.selectOption(far);
  await form.getByRole("button", { name: "保存" }).click();
  await page.waitForURL(/\/deputies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: `${name} 代表` })).toBeVisible();

  // The roster filtered by that 选区 shows the deputy, and by the other one does not.
  await page.goto("/deputies");
  const filters = page.getByRole("form", { name: "筛选代表" });
  await filters.getByLabel(/^选区/).selectOption(far);
  await filters.getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`constituency=${encodeURIComponent(far)}`));
  const roster = page.getByRole("table", { name: "代表名册" });
  await expect(roster.getByRole("link")).toHaveText([name]);
  await page.getByRole("form", { name: "筛选代表" }).getByLabel(/^选区/).selectOption(near);
  await page.getByRole("form", { name: "筛选代表" }).getByRole("button", { name: "筛选" }).click();
  await expect(page).toHaveURL(new RegExp(`constituency=${encodeURIComponent(near)}`));
  await expect(page.getByText(name, { exact: true })).toHaveCount(0);

  // The 选区 with a deputy can no longer be deleted; its count links to the filtered roster.
  await page.goto("/constituencies");
  const row = page.getByRole("row").filter({ hasText: far });
  await expect(row.getByRole("button", { name: `删除 ${far}` })).toHaveCount(0);
  await expect(row.getByRole("link", { name: `${far}的代表：在任 1 名` })).toBeVisible();
});

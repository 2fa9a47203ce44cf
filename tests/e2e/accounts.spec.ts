import { expect, test, type Page } from "@playwright/test";
import { E2E_USERS } from "./users";
import { signInAs } from "./helpers";

const NEW_PASSWORD = "E2e-New-Account-2026";
let seq = 0;
const uniqueUsername = () => `e2e-new-${Date.now()}-${++seq}`;

function createForm(page: Page) {
  return page.getByRole("form", { name: "新建账号" });
}

function userRow(page: Page, username: string) {
  return page.getByRole("table", { name: "账号列表" }).getByRole("row").filter({ hasText: username });
}

async function openCreateForm(page: Page) {
  await page.goto("/users");
  await page.locator("summary", { hasText: "新建账号" }).click();
  await expect(createForm(page)).toBeVisible();
}

/** Fills and submits the create form as the office and waits for the new row. */
async function createAccount(page: Page, username: string, displayName: string) {
  await openCreateForm(page);
  const form = createForm(page);
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill(displayName);
  await form.getByLabel("角色").selectOption({ label: "主席团成员" });
  await form.getByLabel("初始密码").fill(NEW_PASSWORD);
  await form.getByRole("button", { name: "新建账号" }).click();
  await expect(form.getByRole("status")).toHaveText("已保存");
  await expect(userRow(page, username)).toBeVisible();
}

test("the office creates an account and sees it in the table", async ({ page }) => {
  const username = uniqueUsername();
  await signInAs(page, E2E_USERS.OFFICE);
  await createAccount(page, username, "新建测试员");

  const row = userRow(page, username);
  await expect(row).toContainText("新建测试员");
  await expect(row).toContainText("主席团成员");
  await expect(row).toContainText("在用");
  await expect(row.getByRole("button", { name: `停用账号 ${username}` })).toBeVisible();
  // The form is cleared for the next account.
  await expect(createForm(page).getByLabel("用户名")).toHaveValue("");

  // And it is really stored: it is still there after a reload.
  await page.reload();
  await expect(userRow(page, username)).toBeVisible();
});

test("a too-short password is refused with a Chinese message next to the field", async ({ page }) => {
  const username = uniqueUsername();
  await signInAs(page, E2E_USERS.OFFICE);
  await openCreateForm(page);
  const form = createForm(page);
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("姓名").fill("短密码测试");
  await form.getByLabel("初始密码").fill("Ab1-x");
  await form.getByRole("button", { name: "新建账号" }).click();

  const password = form.getByLabel("初始密码");
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(password).toHaveAccessibleDescription(/至少 8 个字符/);
  await expect(form.getByText("至少 8 个字符")).toBeVisible();

  await page.reload();
  await expect(page.getByRole("table", { name: "账号列表" })).toBeVisible();
  await expect(userRow(page, username)).toHaveCount(0);
});

test("a new account must change its password first; disabled, it is signed out and cannot sign in again", async ({
  page,
  browser,
}, testInfo) => {
  const username = uniqueUsername();
  await signInAs(page, E2E_USERS.OFFICE);
  await createAccount(page, username, "待停用测试员");

  // The new account works before it is disabled.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: "zh-CN" });
  try {
    const userPage = await other.newPage();
    await userPage.goto("/login");
    await userPage.getByLabel("用户名").fill(username);
    await userPage.getByLabel("密码").fill(NEW_PASSWORD);
    await userPage.getByRole("button", { name: "登录" }).click();
    // The office set its password: every page leads to the password change until it is changed.
    await expect(userPage).toHaveURL(/\/account\/password$/);
    await userPage.goto("/suggestions");
    await expect(userPage).toHaveURL(/\/account\/password$/);
    await expect(userPage.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();

    await userRow(page, username)
      .getByRole("button", { name: `停用账号 ${username}` })
      .click();
    const row = userRow(page, username);
    await expect(row).toContainText("已停用");
    await expect(row.getByRole("button", { name: `启用账号 ${username}` })).toBeVisible();

    // Its open session ends at once…
    await userPage.reload();
    await expect(userPage).toHaveURL(/\/login$/);

    // …and it cannot sign in again.
    await userPage.getByLabel("用户名").fill(username);
    await userPage.getByLabel("密码").fill(NEW_PASSWORD);
    await userPage.getByRole("button", { name: "登录" }).click();
    await expect(userPage.getByRole("main").getByRole("alert")).toContainText("用户名或密码不正确");
    await expect(userPage).toHaveURL(/\/login$/);
  } finally {
    await other.close();
  }
});

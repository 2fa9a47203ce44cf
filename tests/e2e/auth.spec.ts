import { expect, test, type Page } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { E2E_OTHER_TOWNSHIP_OFFICE, E2E_PASSWORD, E2E_USERS } from "./users";
import { openNavSection, signInAs } from "./helpers";
import { SIGN_IN_ERRORS } from "@/lib/auth/schema";

const ROLES = Object.keys(E2E_USERS) as Role[];
const displayName = (role: Role) => `测试${role}`;

/** The main navigation each role should see, by section (lib/navigation.ts filtered by lib/auth/permissions.ts). */
const ROSTER = ["代表名册", "代表小组", "联系代表", "届次", "选区", "履职公示"];
const LEADERS: Record<string, string[]> = {
  名册: ROSTER,
  会议: ["人代会", "主席团会议"],
  建议: ["代表建议", "建议催办"],
  监督: ["监督活动", "整改任务", "监督统计"],
  信访: ["接待选民日", "信访统计"],
  培训: ["代表培训"],
  履职: ["小组活动", "履职登记", "向选民述职"],
  年度: ["年度概览", "工作要点", "年度总结", "收发文登记", "宣传"],
  系统: ["承办单位", "工作日历", "修改密码"],
};
// 年度归档 holds petition files: the office and the chair only.
const ANNUAL_ALL = { 年度: ["年度概览", "工作要点", "年度总结", "收发文登记", "年度归档", "宣传"] };
// 信访件: the office and the chair all, a unit and a deputy theirs; the presidium only the figures.
const PETITIONS = { 信访: ["信访件"] };
const PETITIONS_ALL = { 信访: ["接待选民日", "信访件", "信访统计"] };
const EXPECTED_NAV: Record<Role, Record<string, string[]>> = {
  OFFICE: {
    ...LEADERS,
    ...PETITIONS_ALL,
    ...ANNUAL_ALL,
    系统: ["承办单位", "账号管理", "审计日志", "工作日历", "修改密码"],
  },
  CHAIR: { ...LEADERS, ...PETITIONS_ALL, ...ANNUAL_ALL },
  PRESIDIUM: LEADERS,
  DEPUTY: {
    名册: ["代表名册", "代表小组", "我的履职档案", "履职公示"],
    会议: ["人代会"],
    建议: ["代表建议"],
    监督: ["监督活动"],
    信访: ["接待选民日", "信访件"],
    培训: ["代表培训"],
    履职: ["小组活动", "履职登记", "向选民述职"],
    系统: ["修改密码"],
  },
  UNIT: {
    名册: ["代表名册", "履职公示"],
    建议: ["代表建议", "建议催办"],
    监督: ["监督活动", "整改任务", "本单位收件箱"],
    ...PETITIONS,
    系统: ["修改密码"],
  },
  // 县人大: the county view and its password, nothing of a township.
  COUNTY: { 年度: ["各乡镇年度概况"], 系统: ["修改密码"] },
};

/** The navigation's sections and their links as shown on a wide screen, opening one section at a time. */
async function navSections(page: Page): Promise<Record<string, string[]>> {
  const nav = page.getByRole("navigation", { name: "主导航" });
  await expect(nav.getByRole("link", { name: "首页" })).toBeVisible();
  const result: Record<string, string[]> = {};
  for (const button of await nav.getByRole("button").all()) {
    const name = (await button.innerText()).replace("▾", "").trim();
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await button.click();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    result[name] = await nav.getByRole("list", { name, exact: true }).getByRole("link").allInnerTexts();
    await button.click();
    await expect(nav.getByRole("list", { name, exact: true })).toBeHidden();
  }
  return result;
}

/** What only this role's landing page shows. */
async function expectRoleContent(page: Page, role: Role) {
  const main = page.getByRole("main");
  switch (role) {
    case "OFFICE":
      // The to-do list; sign-in records are not on the home page.
      await expect(main.getByRole("heading", { name: "代表建议待办" })).toBeVisible();
      await expect(main.getByRole("heading", { name: "最近操作" })).toHaveCount(0);
      await expect((await openNavSection(page, "系统")).getByRole("link", { name: "账号管理" })).toBeVisible();
      await page.keyboard.press("Escape");
      break;
    case "CHAIR":
    case "PRESIDIUM":
      await expect(main.getByRole("region", { name: /年建议办理/ })).toBeVisible();
      await expect(main.getByRole("heading", { name: "代表建议待办" })).toHaveCount(0);
      await expect(page.getByRole("link", { name: "账号管理" })).toHaveCount(0);
      break;
    case "DEPUTY":
      await expect(main.getByRole("link", { name: "提交建议", exact: true })).toBeVisible();
      await expect(main.getByRole("link", { name: "查看我的代表档案、修改联系方式" })).toBeVisible();
      break;
    case "UNIT":
      await expect(main.getByRole("heading", { name: "本单位待办" })).toBeVisible();
      break;
    case "COUNTY":
      // Sent to the county view; 测试镇 belongs to no county, so it lists no township.
      await expect(page).toHaveURL(/\/county$/);
      await expect(main.getByText("本账号所在乡镇尚未归入县")).toBeVisible();
      await expect(page.getByRole("search")).toHaveCount(0);
      break;
  }
}

async function expectNoHorizontalScroll(page: Page, width: number) {
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

test.describe("sign-in and landing page per role", () => {
  for (const role of ROLES) {
    test(`${role} signs in and sees its landing page and only its navigation`, async ({ page }) => {
      await signInAs(page, E2E_USERS[role]);
      await expect(page.getByRole("heading", { level: 1, name: `${displayName(role)}，您好` })).toBeVisible();
      await expectRoleContent(page, role);
      expect(await navSections(page)).toEqual(EXPECTED_NAV[role]);
    });
  }
});

test.describe("failed sign-in", () => {
  test("a wrong password is refused with a generic message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill(E2E_OTHER_TOWNSHIP_OFFICE);
    await page.getByLabel("密码").fill(`${E2E_PASSWORD}-wrong`);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("用户名或密码不正确");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("an unknown user gets the same message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("用户名").fill(`nobody-${Date.now()}`);
    await page.getByLabel("密码").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toContainText("用户名或密码不正确");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("after 5 wrong passwords the 6th attempt is answered 429 and the page says the account is locked", async ({
    page,
  }) => {
    // A name nobody has, new each run: unknown names lock exactly like real ones (lib/auth/login.ts).
    const username = `locked-${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
    await page.goto("/login");
    await page.getByLabel("用户名").fill(username);
    const attempt = async (n: number) => {
      await page.getByLabel("密码").fill(`wrong-password-${n}`);
      const [res] = await Promise.all([
        page.waitForResponse(
          (r) => r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST",
        ),
        page.getByRole("button", { name: "登录" }).click(),
      ]);
      await expect(page.getByRole("button", { name: "登录" })).toBeEnabled();
      return res;
    };
    for (let n = 1; n <= 4; n++) {
      expect((await attempt(n)).status()).not.toBe(429);
      await expect(page.getByRole("main").getByRole("alert")).toContainText("用户名或密码不正确");
    }
    await attempt(5);
    const sixth = await attempt(6);
    expect(sixth.status()).toBe(429);
    expect(await sixth.json()).toMatchObject({ error: { code: "LOCKED", message: SIGN_IN_ERRORS.LOCKED } });
    await expect(page.getByRole("main").getByRole("alert")).toContainText("登录失败次数过多");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("empty fields are reported next to the fields without a request", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByLabel("用户名")).toHaveAccessibleDescription("请输入用户名");
    await expect(page.getByLabel("密码")).toHaveAccessibleDescription("请输入密码");
    await expect(page).toHaveURL(/\/login$/);
  });
});

test.describe("access control", () => {
  test("an unauthenticated visit to /users redirects to /login", async ({ page }) => {
    await page.goto("/users");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  });

  test("a deputy visiting /users gets the not-found page", async ({ page }) => {
    await signInAs(page, E2E_USERS.DEPUTY);
    const response = await page.goto("/users");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在或无权访问" })).toBeVisible();
    await expect(page.getByRole("table", { name: "账号列表" })).toHaveCount(0);
  });
});

test.describe("sign-out", () => {
  test("returns to /login, and the old page and the old session cookie no longer work", async ({ page, context }) => {
    await signInAs(page, E2E_USERS.OFFICE);
    await page.goto("/users");
    await expect(page.getByRole("heading", { level: 1, name: "账号管理" })).toBeVisible();
    const oldCookies = await context.cookies();

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login$/);

    await page.goto("/users");
    await expect(page).toHaveURL(/\/login$/);

    // The session is ended on the server too: replaying the old cookie gets nowhere.
    await context.addCookies(oldCookies);
    await page.goto("/users");
    await expect(page).toHaveURL(/\/login$/);
  });
});

test.describe("on a 360×740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the login page fits and signing in works", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "登录" })).toBeInViewport();
    await expectNoHorizontalScroll(page, 360);
    await signInAs(page, E2E_USERS.OFFICE);
    await expect(page.getByRole("heading", { level: 1, name: `${displayName("OFFICE")}，您好` })).toBeVisible();
  });

  for (const role of ROLES) {
    test(`${role}'s landing page has no horizontal scroll`, async ({ page }) => {
      await signInAs(page, E2E_USERS[role]);
      await expect(page.getByRole("heading", { level: 1, name: `${displayName(role)}，您好` })).toBeVisible();
      await expectRoleContent(page, role);
      await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
      await expectNoHorizontalScroll(page, 360);
    });
  }

  test("the navigation is one 菜单 button that opens every section and closes on a link or Escape", async ({
    page,
  }) => {
    await signInAs(page, E2E_USERS.OFFICE);
    const nav = page.getByRole("navigation", { name: "主导航" });
    const menu = nav.getByRole("button", { name: "菜单", exact: true });
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "代表名册" })).toBeHidden();
    await menu.click();
    await expect(nav.getByRole("button", { name: "收起菜单" })).toHaveAttribute("aria-expanded", "true");
    for (const [section, links] of Object.entries(EXPECTED_NAV.OFFICE))
      await expect(nav.getByRole("list", { name: section, exact: true }).getByRole("link")).toHaveText(links);
    await expectNoHorizontalScroll(page, 360);
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await menu.click();
    await nav.getByRole("link", { name: "审计日志" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(nav.getByRole("link", { name: "审计日志" })).toBeHidden();
  });
});

import { expect, test } from "@playwright/test";
import type { Role } from "@/lib/generated/prisma/enums";
import { E2E_USERS } from "./users";
import { E2E_LANDING_USERS } from "./landing-users";
import { E2E_PETITION_USERS } from "./petitions-users";
import { E2E_RECORD_USERS, E2E_RECORD_YEAR } from "./deputy-record-users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

test("the login page has no serious accessibility violations", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

for (const role of Object.keys(E2E_USERS) as Role[]) {
  test(`${role}'s landing page has no serious accessibility violations`, async ({ page }) => {
    await signInAs(page, E2E_USERS[role]);
    await expect(page.getByRole("heading", { level: 1, name: `测试${role}，您好` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

const OFFICE_PAGES = [
  { path: "/users", heading: "账号管理" },
  { path: "/units", heading: "承办单位" },
  { path: "/audit", heading: "审计日志" },
  // The year's reception days (the day's own page is checked in reception-days.spec.ts).
  { path: "/reception-days", heading: "接待选民日" },
  { path: "/petitions/figures?year=2026", heading: "2026年度信访工作统计" },
  { path: "/groups/activities", heading: "代表小组活动" },
  { path: "/duties", heading: "履职登记" },
  { path: "/voter-reports", heading: "向选民述职" },
  { path: "/training", heading: "代表培训" },
  { path: "/training/plans/new", heading: "新建培训计划" },
  { path: "/training/sessions/new", heading: "新建培训" },
];

for (const { path, heading } of OFFICE_PAGES) {
  test(`${path} (as the office) has no serious accessibility violations`, async ({ page }) => {
    await signInAs(page, E2E_USERS.OFFICE);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

// The landing pages with something on them (待办镇's fixture) and the search page, wide and on a phone.
for (const [role, username] of Object.entries(E2E_LANDING_USERS)) {
  for (const width of [1366, 360]) {
    test(`${role}'s to-do landing page and search at ${width} px have no serious accessibility violations`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 740 });
      await signInAs(page, username);
      await expect(page.getByRole("heading", { level: 2 }).first()).toBeVisible();
      await expectNoSeriousA11yViolations(page);
      await page.goto(`/search?q=${encodeURIComponent("甲")}`);
      await expect(page.getByRole("heading", { level: 1, name: "搜索“甲”" })).toBeVisible();
      await expectNoSeriousA11yViolations(page);
    });
  }
}

// The deputy's own duty page (phone first): the quick add form and the 六个一 card.
for (const width of [1366, 360]) {
  test(`/duties (as a deputy) at ${width} px has no serious accessibility violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await signInAs(page, E2E_USERS.DEPUTY);
    await page.goto("/duties");
    await expect(page.getByRole("heading", { level: 1, name: "我的履职" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

// 信访: the list, the registration form and a record, as the office, wide and on a phone (登记镇).
for (const width of [1366, 360]) {
  test(`the petition pages at ${width} px have no serious accessibility violations`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await signInAs(page, E2E_PETITION_USERS.office);
    await page.goto("/petitions");
    await expect(page.getByRole("heading", { level: 1, name: "信访件" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page
      .getByRole("link", { name: /^信访\d{4}-\d{3}$/ })
      .first()
      .click();
    await page.waitForURL(/\/petitions\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("region", { name: "信访人" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.goto("/petitions/new");
    await expect(page.getByRole("heading", { level: 1, name: "登记信访件" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

// The deputy's record (履职档案) and the 履职公示, as 履职镇's deputy reads them (tests/e2e/deputy-record-seed.ts).
for (const [path, heading] of [
  [`/my-record?year=${E2E_RECORD_YEAR}`, /年度履职档案$/],
  [`/duty-records?year=${E2E_RECORD_YEAR}`, /年度代表履职情况公示$/],
] as const) {
  test(`${path} (as a deputy) has no serious accessibility violations`, async ({ page }) => {
    await signInAs(page, E2E_RECORD_USERS.deputy);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
  });
}

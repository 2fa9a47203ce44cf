import { expect, test, type Page } from "@playwright/test";
import {
  E2E_CONTACT_DEPUTY,
  E2E_CONTACT_OTHER_DEPUTY,
  E2E_CONTACT_SUGGESTION,
  E2E_CONTACT_UNIT,
  E2E_CONTACT_USERS,
} from "./contacts-users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// 联系镇 (tests/e2e/contacts-seed.ts): the office corrects 水利站's phone; 水利站 calls the lead deputy.

const PHONE = { width: 360, height: 740 };
const region = (page: Page, name: string | RegExp) => page.getByRole("region", { name });

test("the office corrects a unit's phone with a reason; the history shows the original and the correction", async ({
  page,
}) => {
  await signInAs(page, E2E_CONTACT_USERS.office);
  await page.goto("/units");
  await page.getByRole("link", { name: E2E_CONTACT_UNIT.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: E2E_CONTACT_UNIT.name })).toBeVisible();
  await expect(region(page, "更正记录")).toContainText("暂无更正");

  const form = page.getByRole("form", { name: "更正联系人和电话" });
  await form.getByLabel("联系电话").fill("0851-7654322");
  await form.getByRole("button", { name: "保存更正" }).click();
  await expect(form.getByText("请填写更正原因", { exact: true })).toBeVisible();
  await form.getByLabel("更正原因").fill("登记时电话号码最后一位抄错");
  await form.getByRole("button", { name: "保存更正" }).click();
  await expect(form.getByRole("status")).toHaveText("已更正");

  await expect(region(page, "基本信息")).toContainText("0851-7654322");
  const entry = page.getByRole("list", { name: "更正记录列表" }).getByRole("listitem").first();
  await expect(entry).toContainText("更正承办单位联系人或电话");
  await expect(entry.locator("del")).toHaveText(E2E_CONTACT_UNIT.phone);
  await expect(entry.locator("ins")).toHaveText("0851-7654322");
  await expect(entry).toContainText("更正原因：登记时电话号码最后一位抄错");
  await expectNoSeriousA11yViolations(page);

  // The audit trail keeps the reason too.
  await page.goto("/audit");
  await expect(page.getByRole("table").getByRole("row").filter({ hasText: "更正承办单位联系人或电话" })).toContainText(
    "登记时电话号码最后一位抄错",
  );
});

test("a unit sees the lead deputy's phone as a tap-to-call link, and only the deputies it handles", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, E2E_CONTACT_USERS.unit);
  await page.goto("/suggestions");
  await page.getByRole("link", { name: E2E_CONTACT_SUGGESTION }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: E2E_CONTACT_SUGGESTION })).toBeVisible();
  const call = region(page, "建议内容").getByRole("link", { name: `拨打领衔代表${E2E_CONTACT_DEPUTY.name}的电话` });
  await expect(call).toHaveAttribute("href", "tel:13912345678");
  await expect(call).toHaveText(E2E_CONTACT_DEPUTY.phone);
  await expectNoSeriousA11yViolations(page);

  // The roster: the deputy it handles, with the phone; nobody else.
  await page.goto("/deputies");
  const roster = page.getByRole("table", { name: "代表名册" });
  await expect(roster.getByRole("link", { name: E2E_CONTACT_DEPUTY.name })).toBeVisible();
  await expect(roster.getByRole("link", { name: E2E_CONTACT_DEPUTY.phone })).toHaveAttribute("href", "tel:13912345678");
  await expect(roster).not.toContainText(E2E_CONTACT_OTHER_DEPUTY);
  await expectNoSeriousA11yViolations(page);
});

import { expect, test } from "@playwright/test";
import { E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The deputy form asks 民族、政治面貌、文化程度 from the national lists, in the order of the 代表登记表; the
// roster lists names in 姓氏笔画 order.

const FORM_ORDER = ["姓名", "性别", "民族", "出生日期", "政治面貌", "文化程度", "身份证号", "工作单位", "职业"];

test("the deputy form follows the 代表登记表 and offers the national lists as choices", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/deputies/new");
  const form = page.getByRole("form", { name: "新增代表" });
  const labels = (await form.locator("label").allInnerTexts()).map((l) => l.trim());
  expect(labels.slice(0, FORM_ORDER.length)).toEqual(FORM_ORDER);
  const ethnicity = form.getByRole("combobox", { name: "民族" });
  await expect(ethnicity.locator("option")).toHaveCount(56);
  await expect(ethnicity).toHaveValue("汉族");
  await expect(form.getByRole("combobox", { name: "政治面貌" }).locator("option").first()).toHaveText("中国共产党党员");
  await expect(form.getByRole("combobox", { name: "文化程度" }).locator("option", { hasText: "大学专科" })).toHaveCount(
    1,
  );
  await expectNoSeriousA11yViolations(page);
});

test("the roster lists 谢、丁、周、黄、王、李、刘、赵、陈 in 姓氏笔画 order", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  // A given name unique to this run, so the search finds only these nine.
  const given = String.fromCodePoint(0x4e00 + (Date.now() % 5000), 0x4e00 + ((Date.now() >> 8) % 5000));
  for (const [i, surname] of ["谢", "丁", "周", "黄", "王", "李", "刘", "赵", "陈"].entries()) {
    const res = await page.request.post("/api/v1/deputies", {
      data: {
        name: `${surname}${given}`,
        gender: "MALE",
        birthDate: `1970-01-${String(i + 1).padStart(2, "0")}`,
        ethnicity: "汉族",
        party: "群众",
        education: "初中",
        occupation: "农民",
        constituency: "第一选区",
        levels: ["TOWNSHIP"],
      },
    });
    expect(res.status()).toBe(201);
  }
  await page.goto(`/deputies?q=${encodeURIComponent(given)}`);
  const names = page.getByRole("table", { name: "代表名册" }).getByRole("link");
  await expect(names).toHaveText(["丁", "王", "刘", "李", "陈", "周", "赵", "黄", "谢"].map((s) => `${s}${given}`));
});

import fs from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";
import {
  E2E_PRESIDIUM_ACTIVITY,
  E2E_PRESIDIUM_CHAIR,
  E2E_PRESIDIUM_MEMBER,
  E2E_PRESIDIUM_MEMBER_DEPUTY,
  E2E_PRESIDIUM_OFFICE,
  E2E_PRESIDIUM_TOWNSHIP,
} from "./presidium-users";

// 主席团会议 as a structured record (主席团镇, tests/e2e/presidium-seed.ts): the office records a meeting held
// today with one member present, one on leave and one absent, a deputy sitting in (列席), a topic hearing the
// report of a supervision activity and its decision; the term's counts and the minutes show it.

const todayInChina = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(new Date());
const counts = (page: Page) => page.getByRole("region", { name: /第17届统计/ });

test("the office records a presidium meeting; the term counts and the minutes show it", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, E2E_PRESIDIUM_OFFICE);
  await navigateTo(page, "会议", "主席团会议");
  await expect(counts(page)).toContainText("已召开主席团会议0 次");
  await expect(counts(page)).toContainText("听取报告0 项");

  await page.getByRole("link", { name: "登记会议" }).click();
  await page.waitForURL(/\/presidium-meetings\/new$/);
  const form = page.getByRole("form", { name: "登记主席团会议" });
  await form.getByLabel("会议日期").fill(todayInChina());
  await form.getByLabel("会议地点").fill("镇政府三楼会议室");
  await form.getByLabel("主持人").fill(E2E_PRESIDIUM_CHAIR.name);
  await form.getByLabel("记录人").fill("人大办");

  // Nobody present for a meeting held today: refused, naming the roll.
  for (const name of [E2E_PRESIDIUM_CHAIR.name, E2E_PRESIDIUM_MEMBER_DEPUTY.deputy, E2E_PRESIDIUM_MEMBER.name])
    await form.getByRole("group", { name }).getByLabel("缺席").check();
  const topic = form.getByRole("group", { name: "议题1" });
  await topic.getByLabel("议题类别").selectOption({ label: "听取报告" });
  await topic.getByLabel("议题", { exact: true }).fill("听取镇民政办社会救助工作报告");
  await topic.getByLabel("汇报人").fill("镇民政办");
  await topic.getByLabel("关联监督活动").selectOption({ label: `2026年 ${E2E_PRESIDIUM_ACTIVITY}` });
  await topic.getByLabel("决定事项").fill("原则同意报告，请民政办三个月内报告整改情况");
  await form.getByRole("button", { name: "登记会议" }).click();
  await expect(
    form.getByRole("group", { name: "主席团成员出席情况" }).getByText("主席团成员：会议已举行，请登记出席的主席团成员"),
  ).toBeVisible();

  await form.getByRole("group", { name: E2E_PRESIDIUM_CHAIR.name }).getByLabel("出席").check();
  await form.getByRole("group", { name: E2E_PRESIDIUM_MEMBER.name }).getByLabel("请假").check();
  // The member who is a deputy is on the roll, not among the deputies who may sit in.
  const invitees = form.getByRole("group", { name: "列席代表" });
  await expect(invitees.getByLabel(E2E_PRESIDIUM_MEMBER_DEPUTY.deputy)).toHaveCount(0);
  await invitees.getByLabel("韩列席").check();
  await form.getByLabel("其他列席人员").fill("镇民政办主任");
  await expectNoSeriousA11yViolations(page);
  await form.getByRole("button", { name: "登记会议" }).click();

  await page.waitForURL(/\/presidium-meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    `${E2E_PRESIDIUM_TOWNSHIP}第十七届人民代表大会主席团第一次会议`,
  );
  const roll = page.getByRole("region", { name: "出席和列席" });
  await expect(roll).toContainText(`出席${E2E_PRESIDIUM_CHAIR.name}`);
  await expect(roll).toContainText(`请假${E2E_PRESIDIUM_MEMBER.name}`);
  await expect(roll).toContainText(`缺席${E2E_PRESIDIUM_MEMBER_DEPUTY.deputy}`);
  await expect(roll).toContainText("列席代表韩列席");
  const topics = page.getByRole("region", { name: "议题和决定" });
  await expect(topics.getByRole("link", { name: E2E_PRESIDIUM_ACTIVITY })).toBeVisible();
  await expect(topics).toContainText("原则同意报告，请民政办三个月内报告整改情况");
  await expectNoSeriousA11yViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "下载会议纪要（Word）" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("主席团镇第十七届人民代表大会主席团第一次会议纪要.docx");
  const bytes = await fs.readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");

  // 更正: the absent member had sent a leave note; the decision's wording is corrected. The reason is kept and
  // the original stays visible in the 更正记录.
  await page.locator("summary", { hasText: "更正会议记录" }).click();
  const correction = page.getByRole("form", { name: "更正会议记录" });
  await correction.getByRole("button", { name: "保存更正" }).click();
  await expect(correction.getByText("请填写更正原因")).toBeVisible();
  await correction.getByLabel(`出席情况（${E2E_PRESIDIUM_MEMBER_DEPUTY.deputy}）`).selectOption({ label: "请假" });
  await correction.getByLabel("议题1决定事项").fill("原则同意报告，请民政办两个月内报告整改情况");
  await correction.getByLabel("更正原因").fill("请假条补交；决定事项按纪要原件更正");
  await correction.getByRole("button", { name: "保存更正" }).click();
  await expect(correction.getByText("已更正")).toBeVisible();
  await expect(roll).toContainText("缺席—");
  await expect(roll.getByText(E2E_PRESIDIUM_MEMBER_DEPUTY.deputy)).toBeVisible();
  await expect(topics).toContainText("请民政办两个月内报告整改情况");
  const history = page.getByRole("region", { name: "更正记录" });
  await expect(history).toContainText("请假条补交；决定事项按纪要原件更正");
  await expect(history).toContainText("原则同意报告，请民政办三个月内报告整改情况");
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "主席团会议" }).first().click();
  await expect(counts(page)).toContainText("已召开主席团会议1 次");
  await expect(counts(page)).toContainText("听取报告1 项");
  const row = page.getByRole("row", { name: /第1次主席团会议/ });
  await expect(row).toContainText("出席 1 人，请假 2 人");
  await expect(row).toContainText("韩列席");

  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/presidium-meetings/new");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/presidium-meeting-new-360.png", fullPage: true });
});

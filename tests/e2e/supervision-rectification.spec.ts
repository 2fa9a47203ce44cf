import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The rectification loop (issue 15, points 3–4): a 工作评议 of 民政办 in 测试镇, built through the API (two
// deputies of its own, approved by the chair, paper ballots 1 满意 + 1 不满意 = 50%), concluded with a review
// opinion added on the activity's page — which sends it to the unit as a rectification task. The unit
// reports from its inbox, the office returns the report once with its reasons, the unit reports again,
// the office accepts it, opens the 再测评, and the page shows 50% → 100%.

const STAMP = Date.now().toString(36);
const TITLE = `民政办工作评议${STAMP}`;
const SHOTS = process.env.SUPERVISION_SHOTS;
const CHINA = 8 * 3_600_000;
const day = (offset = 0) => new Date(Date.now() + CHINA + offset * 86_400_000).toISOString().slice(0, 10);

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

async function ok(res: Promise<import("@playwright/test").APIResponse>, status = 200) {
  const r = await res;
  expect(r.status(), await r.text()).toBe(status);
  return r.json();
}

async function signedIn(browser: Browser, username: string, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

async function deputy(api: APIRequestContext, name: string): Promise<string> {
  const d = await ok(
    api.post("/api/v1/deputies", {
      data: {
        name,
        gender: "FEMALE",
        birthDate: "1975-03-01",
        ethnicity: "汉族",
        party: "群众",
        education: "高中",
        occupation: "个体工商户",
        constituency: "第二选区",
        levels: ["TOWNSHIP"],
      },
    }),
    201,
  );
  return d.id;
}

/** Paper counts for round `round` of the activity's one target, then the round closed. */
async function paperRound(api: APIRequestContext, id: string, round: number, satisfied: number, unsatisfied: number) {
  const { polls } = await ok(api.get(`/api/v1/supervision/${id}/ballots`));
  const poll = polls.find((p: { round: number }) => p.round === round);
  await ok(
    api.post(`/api/v1/supervision/${id}/ballots`, {
      data: {
        action: "paper",
        entries: [{ pollId: poll.pollId, satisfied, basic: 0, unsatisfied, invalid: 0, version: poll.version }],
      },
    }),
  );
  await ok(api.post(`/api/v1/supervision/${id}/ballots`, { data: { action: "close", round } }));
}

async function transition(api: APIRequestContext, id: string, body: Record<string, unknown>) {
  const { version } = await ok(api.get(`/api/v1/supervision/${id}`));
  return ok(api.post(`/api/v1/supervision/${id}/transitions`, { data: { ...body, version } }));
}

test("concluded with opinions: the unit reports from its inbox, returned once, accepted; the 再测评 shows the change", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, E2E_USERS.OFFICE);
  const api = page.request;
  const units = await ok(api.get(`/api/v1/units?q=${encodeURIComponent("民政办")}`));
  const unitId = units.items.find((u: { name: string }) => u.name === "民政办").id;
  const deputies = [await deputy(api, `甲${STAMP}`), await deputy(api, `乙${STAMP}`)];
  const created = await ok(
    api.post("/api/v1/supervision", {
      data: {
        kind: "WORK_EVALUATION",
        title: TITLE,
        method: "听取汇报、民主测评",
        startDate: day(),
        targets: [{ unitId }],
        participants: deputies.map((deputyId) => ({ deputyId })),
      },
    }),
    201,
  );
  const id: string = created.id;
  const chair = await signedIn(browser, E2E_USERS.CHAIR);
  await transition(chair.page.request, id, {
    action: "approve",
    partyConsentOn: day(),
    partyConsentNote: "经镇党委研究同意",
  });
  await chair.context.close();
  await transition(api, id, { action: "start" });
  await paperRound(api, id, 1, 1, 1);

  // The office adds the review opinion on the activity's page, then concludes it: the opinion is sent.
  await page.goto(`/supervision/${id}`);
  const opinions = page.getByRole("region", { name: /审议意见和整改/ });
  await opinions.locator("summary", { hasText: "添加审议意见" }).click();
  const form = opinions.getByRole("form", { name: "添加审议意见" });
  await form.getByLabel("承办单位").selectOption({ label: "民政办" });
  await form.getByLabel("审议意见").fill("低保动态管理不及时，请限期整改并书面报告");
  await form.getByLabel("整改期限").fill(day(30));
  await form.getByRole("button", { name: "添加审议意见" }).click();
  await expect(opinions.getByRole("list", { name: "审议意见" })).toContainText("未送达");
  // Not yet sent, the opinion is corrected on the page: its text and due day.
  await opinions.locator('summary[aria-label="修改第1条审议意见"]').click();
  const edit = opinions.getByRole("form", { name: "修改第1条审议意见" });
  await edit.getByLabel("审议意见").fill("低保动态管理不及时，请限期整改并书面报告整改结果");
  await edit.getByLabel("整改期限").fill(day(40));
  await edit.getByRole("button", { name: "保存修改" }).click();
  await expect(opinions.getByRole("list", { name: "审议意见" })).toContainText("请限期整改并书面报告整改结果");
  await expect(opinions.getByRole("list", { name: "审议意见" })).toContainText(`整改期限 ${day(40)}`);

  // A finding is recorded, corrected, and a mistaken one removed.
  const findings = page.getByRole("region", { name: /发现的问题/ });
  for (const text of ["低保档案不全", "误登记的问题"]) {
    await findings.locator("summary", { hasText: "登记发现的问题" }).click();
    const add = findings.getByRole("form", { name: "登记发现的问题" });
    await add.getByLabel("问题").fill(text);
    await add.getByRole("button", { name: "登记问题" }).click();
    await expect(findings.getByRole("list")).toContainText(text);
    await page.reload();
  }
  await findings.locator('summary[aria-label="修改第1条问题"]').click();
  const fix = findings.getByRole("form", { name: "修改第1条问题" });
  await fix.getByLabel("问题").fill("低保档案不全，缺少入户调查记录");
  await fix.getByRole("button", { name: "保存修改" }).click();
  await expect(findings.getByRole("list")).toContainText("缺少入户调查记录");
  await findings.getByRole("button", { name: "删除 第2条问题" }).click();
  await findings.getByRole("button", { name: "确认删除 第2条问题" }).click();
  await expect(findings.getByRole("list")).not.toContainText("误登记的问题");
  await expect(findings).toContainText("发现的问题（1）");
  await transition(api, id, { action: "conclude" });
  await page.reload();
  await expect(opinions.getByRole("list", { name: "审议意见" })).toContainText("待整改");
  // Sent, it is the unit's task now: no more 修改 or 删除.
  await expect(opinions.locator('summary[aria-label="修改第1条审议意见"]')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  // The office (and the chair and presidium) download the activity's report as a Word draft.
  const reportLink = page.getByRole("link", { name: "下载活动报告（Word）" });
  await expect(reportLink).toHaveAttribute("href", `/api/v1/supervision/${id}/report`);
  const docx = await api.get(`/api/v1/supervision/${id}/report`);
  expect(docx.status()).toBe(200);
  expect(docx.headers()["content-type"]).toContain("wordprocessingml");

  // The unit finds it in its one inbox and reports.
  const unit = await signedIn(browser, E2E_USERS.UNIT);
  await unit.page.goto("/inbox?kind=rectification");
  const row = unit.page.getByRole("link", { name: `整改：${TITLE}` });
  await expect(row).toBeVisible();
  await expectNoSeriousA11yViolations(unit.page);
  await shot(unit.page, "inbox");
  await row.click();
  await expect(unit.page.getByRole("heading", { level: 1 })).toContainText("整改任务");
  const report = unit.page.getByRole("form", { name: "提交整改报告" });
  await report.getByRole("button", { name: "提交整改报告" }).click();
  await expect(report.getByText("请填写整改报告", { exact: true })).toBeVisible();
  await report.getByLabel("整改报告").fill("已对全镇低保户开展复核，清退 3 户，新纳入 2 户。");
  await report.getByRole("button", { name: "提交整改报告" }).click();
  await expect(unit.page.getByRole("region", { name: "整改报告" })).toContainText("第 1 次报送");
  await expect(unit.page.getByRole("form", { name: "提交整改报告" })).toHaveCount(0);
  const taskPath = new URL(unit.page.url()).pathname;

  // The office returns it once, with its reasons.
  await page.goto(taskPath);
  const review = page.getByRole("form", { name: "审核整改报告" });
  await review.getByRole("radio", { name: "退回重新整改" }).check();
  await review.getByRole("button", { name: "保存审核结果" }).click();
  await expect(review.getByText("退回时请填写退回理由", { exact: true })).toBeVisible();
  await review.getByLabel("审核意见").fill("缺少复核台账和清退名单");
  await review.getByRole("button", { name: "保存审核结果" }).click();
  await expect(page.getByRole("region", { name: "审议意见" })).toContainText("已退回");
  await expectNoSeriousA11yViolations(page);
  // A follow-up visit while the unit is still rectifying (回访 does not wait for acceptance).
  await page.locator("summary", { hasText: "登记回访" }).click();
  const visit = page.getByRole("form", { name: "回访" });
  await visit.getByLabel("回访情况").fill("到现场查看复核台账整理进度");
  await visit.getByRole("button", { name: "登记回访" }).click();
  await expect(page.getByRole("region", { name: "整改过程" })).toContainText("到现场查看复核台账整理进度");

  // The unit reads the reasons and reports again.
  await unit.page.reload();
  await expect(unit.page.getByRole("region", { name: "整改报告" })).toContainText("已退回：缺少复核台账和清退名单");
  const again = unit.page.getByRole("form", { name: "提交整改报告" });
  await again.getByLabel("整改报告").fill("补充复核台账 126 户和清退名单 3 户。");
  await again.getByRole("button", { name: "提交整改报告" }).click();
  await expect(unit.page.getByRole("region", { name: "整改报告" })).toContainText("第 2 次报送");

  // The office accepts it; a further report is refused.
  await page.reload();
  await page.getByRole("form", { name: "审核整改报告" }).getByRole("button", { name: "保存审核结果" }).click();
  await expect(page.getByRole("region", { name: "审议意见" })).toContainText("已验收");
  await expect(page.getByRole("region", { name: "整改过程" })).toContainText("退回重新整改");
  await shot(page, "task-office");
  const taskId = taskPath.split("/").pop()!;
  const late = await unit.page.request.post(`/api/v1/rectifications/${taskId}/report`, {
    data: { version: 99, text: "再报" },
  });
  expect([409]).toContain(late.status());
  await unit.page.setViewportSize({ width: 360, height: 740 });
  await unit.page.reload();
  await expectNoSeriousA11yViolations(unit.page);
  await shot(unit.page, "task-unit-phone");
  await unit.context.close();

  // The 再测评: opened on the activity's page, paper ballots 2 满意, then the change is shown.
  await page.goto(`/supervision/${id}`);
  const repoll = page.getByRole("region", { name: "整改后再测评" });
  // The office chooses the units to poll again: every accepted one by default, at least one.
  const choice = repoll.getByRole("checkbox", { name: "民政办" });
  await expect(choice).toBeChecked();
  await choice.uncheck();
  await repoll.getByRole("button", { name: "发起再测评" }).click();
  await expect(repoll.getByText("再测评对象：请至少选择一个单位")).toBeVisible();
  await choice.check();
  await repoll.getByRole("button", { name: "发起再测评（1 个单位）" }).click();
  await expect(repoll.getByRole("table", { name: "整改前后满意率对比" })).toContainText("测评进行中");
  await paperRound(api, id, 2, 2, 0);
  await page.reload();
  const compare = repoll.getByRole("row", { name: /民政办/ });
  await expect(compare).toContainText("1/2 = 50%");
  await expect(compare).toContainText("2/2 = 100%");
  await expect(compare).toContainText("提高 50 个百分点");
  await expectNoSeriousA11yViolations(page);
  await shot(page, "activity-office");
});

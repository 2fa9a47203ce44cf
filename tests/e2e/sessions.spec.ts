import fs from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_SESSION_DEPUTIES, E2E_SESSION_TOWNSHIP, E2E_SESSION_USERS } from "./users";
import {
  expectNoSeriousA11yViolations,
  navigateTo,
  prepareSession as prepareSessionAs,
  signInAs,
  todayInChina,
} from "./helpers";

// 人代会: 会议镇 has nine sitting deputies (tests/e2e/accounts.ts), so the quorum is 6 and a
// resolution or a candidate needs 5 votes. Each test makes its own session.

const [ZHAO, QIAN, SUN, LI, ZHOU, WU, ZHENG, WANG, FENG] = E2E_SESSION_DEPUTIES;
const TITLE = new RegExp(`^${E2E_SESSION_TOWNSHIP}第十七届人民代表大会第[一二三四五六七八九十]+次会议$`);

const region = (page: Page, name: string) => page.getByRole("region", { name });
const quorum = (page: Page) => region(page, "签到与法定人数").getByRole("status", { name: "法定人数" });
const header = (page: Page) => page.getByRole("main").locator("header").first();

const prepareSession = (page: Page) => prepareSessionAs(page, TITLE);

async function mark(page: Page, name: string, status: "出席" | "请假" | "缺席" | "中途离会", present: number) {
  await region(page, "签到与法定人数").getByLabel(name, { exact: true }).selectOption({ label: status });
  await expect(quorum(page)).toContainText(`出席 ${present} / 应到 9，开会需 6 名`);
}

/** Signs the current user out (the login page sends a signed-in visitor home) and another one in. */
async function switchTo(page: Page, username: string) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await page.waitForURL(/\/login$/);
  await signInAs(page, username);
}

async function expectDownload(page: Page, link: Locator, filename: RegExp) {
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  // The session's official name (RFC 5987 filename* in Content-Disposition), not 第17届第1次.
  expect(download.suggestedFilename()).toMatch(filename);
  const bytes = await fs.readFile((await download.path())!);
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
}

test("the office prepares, opens and runs a session; the chair closes it; the notice and minutes download", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, E2E_SESSION_USERS.OFFICE);
  const path = await prepareSession(page);
  await expect(header(page)).toContainText("筹备中");
  await expect(header(page)).toContainText("镇政府三楼会议室");

  // 筹备清单: items due before today are 逾期 (words, not only colour); ticking one moves the bar.
  const checklist = region(page, "筹备清单");
  await expect(checklist.getByText(/^已完成 0 \/ 9$/)).toBeVisible();
  await expect(checklist.getByRole("listitem").filter({ hasText: "逾期" })).toHaveCount(8);
  // The tick shows at once; the reload below waits for the save, or it may come back unticked.
  const saved = page.waitForResponse((r) => r.url().includes("/checklist/") && r.request().method() === "PATCH");
  await checklist.getByRole("checkbox", { name: /发出会议通知/ }).check();
  expect((await saved).ok()).toBe(true);
  await expect(checklist.getByText(/^已完成 1 \/ 9$/)).toBeVisible();
  await expect(checklist.getByRole("progressbar", { name: "筹备进度" })).toHaveAttribute("value", "1");
  await expect(checklist.getByRole("listitem").filter({ hasText: "逾期" })).toHaveCount(7);
  await page.reload();
  await expect(region(page, "筹备清单").getByText(/^已完成 1 \/ 9$/)).toBeVisible();

  // Opening without a quorum is refused, with the reason.
  await expect(quorum(page)).toContainText("出席 0 / 应到 9，开会需 6 名");
  await expect(quorum(page)).toContainText("未达法定人数");
  await header(page).getByRole("button", { name: "开幕" }).click();
  await header(page).getByRole("button", { name: "确认开幕" }).click();
  await expect(header(page).getByRole("alert")).toContainText("不能开幕");

  // 签到 until the quorum is met: six present of nine.
  await mark(page, ZHAO, "出席", 1);
  await mark(page, QIAN, "出席", 2);
  await mark(page, SUN, "请假", 2);
  await mark(page, LI, "出席", 3);
  await mark(page, ZHOU, "出席", 4);
  await mark(page, WU, "出席", 5);
  await expect(quorum(page)).toContainText("未达法定人数");
  await mark(page, ZHENG, "出席", 6);
  await expect(quorum(page)).toContainText("已达法定人数");
  await mark(page, WANG, "出席", 7);
  await mark(page, FENG, "缺席", 7);
  const counts = region(page, "签到与法定人数").getByRole("form", { name: "列席和旁听人数" });
  await counts.getByLabel("列席人数").fill("3");
  await counts.getByLabel("旁听人数").fill("2");
  await counts.getByRole("button", { name: "保存人数" }).click();
  await expect(counts.getByRole("status")).toHaveText("已保存");

  await header(page).getByRole("button", { name: "开幕" }).click();
  await header(page).getByRole("button", { name: "确认开幕" }).click();
  await expect(header(page)).toContainText("召开中");

  // 议程 and a resolution vote: totals above those present are refused; 6 of 9 passes.
  const agenda = region(page, "议程与文件");
  await agenda.locator("summary", { hasText: "新增议程" }).click();
  const agendaForm = agenda.getByRole("form", { name: "新增议程" });
  await agendaForm.getByLabel("议程类型").selectOption({ label: "财政预算、决算" });
  await agendaForm.getByLabel("议程名称").fill("审查批准2027年财政预算");
  await agendaForm.getByRole("button", { name: "加入议程" }).click();
  await expect(agenda.getByRole("list", { name: "会议议程" })).toContainText("审查批准2027年财政预算");

  // A document for the item, uploaded as multipart and listed with its download link.
  await agenda.locator("summary", { hasText: "上传会议文件" }).click();
  const upload = agenda.getByRole("form", { name: "上传会议文件" });
  await upload
    .getByLabel("文件", { exact: true })
    .setInputFiles({ name: "预算报告.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await upload.getByLabel("文件标题").fill("2027年预算草案");
  await upload.getByLabel("所属议程").selectOption({ label: "审查批准2027年财政预算" });
  await upload.getByRole("button", { name: "上传" }).click();
  await expect(upload.getByRole("status")).toHaveText("文件已上传");
  await expect(agenda.getByRole("list", { name: "会议文件" })).toContainText("2027年预算草案（预算报告.pdf");
  await expect(agenda.getByRole("link", { name: "下载 2027年预算草案" })).toHaveAttribute(
    "href",
    /\/api\/v1\/sessions\/[0-9a-f-]+\/documents\/[0-9a-f-]+$/,
  );

  const votes = region(page, "表决");
  await votes.locator("summary", { hasText: "登记表决" }).click();
  const voteForm = votes.getByRole("form", { name: "登记表决" });
  await voteForm.getByLabel("表决事项").fill("关于2027年财政预算的决议");
  await voteForm.getByLabel("所属议程").selectOption({ label: "审查批准2027年财政预算" });
  await voteForm.getByLabel("赞成票").fill("7");
  await voteForm.getByLabel("反对票").fill("1");
  await voteForm.getByLabel("弃权票").fill("0");
  await voteForm.getByRole("button", { name: "登记表决结果" }).click();
  await expect(voteForm.getByRole("alert")).toContainText("超过出席代表 7 名");
  await voteForm.getByLabel("赞成票").fill("6");
  await voteForm.getByRole("button", { name: "登记表决结果" }).click();
  const voteRow = votes
    .getByRole("table", { name: "表决结果" })
    .getByRole("row")
    .filter({ hasText: "关于2027年财政预算的决议" });
  await expect(voteRow).toContainText("赞成 6 · 反对 1 · 弃权 0");
  await expect(voteRow).toContainText("出席 7 / 在任 9");
  await expect(voteRow).toContainText("需过半数 5 票");
  await expect(voteRow).toContainText("通过");

  // 举手表决 recorded deputy by deputy: a choice per present deputy; 4 of 9 is not a majority of all deputies.
  await expect(voteForm).toBeVisible();
  await voteForm.getByLabel("表决事项").fill("关于设立代表联络站的决定");
  await expect(voteForm.getByLabel("表决方式").locator("option")).toHaveText(["举手表决", "无记名投票", "按表决器"]);
  await voteForm.getByLabel("表决方式").selectOption({ label: "举手表决" });
  await voteForm.getByLabel(/逐人登记/).check();
  const choices = {
    [ZHAO]: "赞成",
    [QIAN]: "赞成",
    [LI]: "赞成",
    [ZHOU]: "赞成",
    [WU]: "反对",
    [ZHENG]: "反对",
    [WANG]: "弃权",
  } as const;
  await expect(voteForm.getByRole("radiogroup")).toHaveCount(Object.keys(choices).length);
  for (const [name, choice] of Object.entries(choices))
    await voteForm.getByRole("radiogroup", { name }).getByLabel(choice).check();
  await voteForm.getByRole("button", { name: "登记表决结果" }).click();
  const namedRow = votes
    .getByRole("table", { name: "表决结果" })
    .getByRole("row")
    .filter({ hasText: "关于设立代表联络站的决定" });
  await expect(namedRow).toContainText("举手表决（逐人登记）");
  await expect(namedRow).toContainText("赞成 4 · 反对 2 · 弃权 1");
  await expect(namedRow).toContainText("未通过");

  // 选举: two candidates for one seat; one round keyed in from the tally sheet elects one.
  const elections = region(page, "选举");
  await elections.locator("summary", { hasText: "新建选举" }).click();
  const electionForm = elections.getByRole("form", { name: "新建选举" });
  await electionForm.getByLabel("选举事项").fill("选举镇人民代表大会主席");
  await electionForm.getByLabel("应选名额").fill("1");
  await electionForm.getByLabel("候选人 1 姓名").fill(LI);
  await electionForm.getByRole("button", { name: "添加候选人" }).click();
  await electionForm.getByLabel("候选人 2 姓名").fill(WANG);
  await electionForm.getByLabel("提名方式").nth(1).selectOption({ label: "代表联名" });
  await electionForm.getByLabel("联名人数").fill("10");
  await electionForm.getByLabel("监票人").fill(ZHAO);
  await electionForm.getByLabel("计票人").fill(`${QIAN}、${ZHOU}`);
  await electionForm.getByRole("button", { name: "建立选举" }).click();
  const election = elections.getByRole("article", { name: "选举镇人民代表大会主席（应选 1 名）" });
  // Listed in 姓氏笔画 order (王 4 strokes before 李 7), not in the order nominated.
  await expect(election).toContainText(`候选人：${WANG}（代表联名 10 人）、${LI}（主席团提名）`);
  await expect(election).toContainText("尚未投票");

  await election.locator("summary", { hasText: "登记第1轮计票结果" }).click();
  const round = election.getByRole("form", { name: "第1轮计票" });
  await round.getByLabel("发出选票").fill("7");
  await round.getByLabel("收回选票").fill("7");
  await round.getByLabel("无效票").fill("0");
  for (const [name, votesFor, against, abstain] of [
    [LI, "6", "1", "0"],
    [WANG, "1", "5", "1"],
  ] as const) {
    await round.getByLabel(`${name} 赞成票`).fill(votesFor);
    await round.getByLabel(`${name} 反对票`).fill(against);
    await round.getByLabel(`${name} 弃权票`).fill(abstain);
  }
  await round.getByRole("button", { name: "登记第1轮计票结果" }).click();
  await expect(election).toContainText(`当选：${LI}`);
  await expect(
    election.getByRole("table", { name: "第1轮计票结果" }).getByRole("row").filter({ hasText: LI }),
  ).toContainText("当选");
  await expect(election).not.toContainText("需另行选举");

  // 另行选举: nobody reaches 5 votes in round 1; the office lets only two of the three stand in round 2.
  await elections
    .locator("details", { has: page.locator("summary", { hasText: "新建选举" }) })
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await electionForm.getByLabel("选举事项").fill("补选镇人大副主席");
  await electionForm.getByLabel("应选名额").fill("1");
  await electionForm.getByLabel("候选人 1 姓名").fill(ZHAO);
  await electionForm.getByRole("button", { name: "添加候选人" }).click();
  await electionForm.getByLabel("候选人 2 姓名").fill(QIAN);
  await electionForm.getByRole("button", { name: "添加候选人" }).click();
  await electionForm.getByLabel("候选人 3 姓名").fill(SUN);
  await electionForm.getByLabel("监票人").fill(WU);
  await electionForm.getByLabel("计票人").fill(ZHENG);
  await electionForm.getByRole("button", { name: "建立选举" }).click();
  const byElection = elections.getByRole("article", { name: "补选镇人大副主席（应选 1 名）" });
  await byElection.locator("summary", { hasText: "登记第1轮计票结果" }).click();
  const first = byElection.getByRole("form", { name: "第1轮计票" });
  await expect(first.getByRole("checkbox")).toHaveCount(0);
  await first.getByLabel("发出选票").fill("7");
  await first.getByLabel("收回选票").fill("7");
  for (const [name, votesFor, against] of [
    [ZHAO, "4", "3"],
    [QIAN, "3", "4"],
    [SUN, "0", "7"],
  ] as const) {
    await first.getByLabel(`${name} 赞成票`).fill(votesFor);
    await first.getByLabel(`${name} 反对票`).fill(against);
    await first.getByLabel(`${name} 弃权票`).fill("0");
  }
  await first.getByRole("button", { name: "登记第1轮计票结果" }).click();
  await expect(byElection).toContainText("需另行选举 1 名");

  const second = byElection.getByRole("form", { name: "第2轮计票" });
  for (const name of [ZHAO, QIAN, SUN]) await expect(second.getByRole("checkbox", { name })).toBeChecked();
  await second.getByRole("checkbox", { name: SUN }).uncheck();
  await expect(second.getByLabel(`${SUN} 赞成票`)).toHaveCount(0);
  await second.getByLabel("发出选票").fill("7");
  await second.getByLabel("收回选票").fill("7");
  for (const [name, votesFor, against] of [
    [ZHAO, "5", "2"],
    [QIAN, "2", "5"],
  ] as const) {
    await second.getByLabel(`${name} 赞成票`).fill(votesFor);
    await second.getByLabel(`${name} 反对票`).fill(against);
    await second.getByLabel(`${name} 弃权票`).fill("0");
  }
  await second.getByRole("button", { name: "登记第2轮计票结果" }).click();
  await expect(byElection).toContainText(`当选：${ZHAO}`);
  const secondResults = byElection.getByRole("table", { name: "第2轮计票结果" });
  await expect(secondResults.getByRole("row").filter({ hasText: ZHAO })).toContainText("当选");
  await expect(secondResults).not.toContainText(SUN);

  // 会议纪要.
  const minutes = region(page, "会议纪要");
  await minutes.getByLabel("纪要正文").fill("会议审查批准了2027年财政预算，选举产生了镇人民代表大会主席。");
  await minutes.getByRole("button", { name: "保存纪要" }).click();
  await expect(minutes.getByRole("status")).toHaveText("纪要已保存");

  // The chair sees everything read-only and closes the session.
  await switchTo(page, E2E_SESSION_USERS.CHAIR);
  await page.goto(path);
  await expect(region(page, "筹备清单").getByRole("checkbox")).toHaveCount(0);
  await expect(
    region(page, "签到与法定人数").getByRole("list", { name: "代表签到" }).getByRole("combobox"),
  ).toHaveCount(0);
  await expect(header(page).getByRole("button", { name: "开幕" })).toHaveCount(0);
  await header(page).getByRole("button", { name: "闭会" }).click();
  await header(page).getByRole("button", { name: "确认闭会" }).click();
  await expect(header(page)).toContainText("已闭会");
  await expect(header(page).getByRole("button", { name: "闭会" })).toHaveCount(0);

  // A deputy of the term reads agenda and results, not the preparation or the roll.
  await switchTo(page, E2E_SESSION_USERS.DEPUTY);
  await page.goto(path);
  await expect(region(page, "议程与文件")).toContainText("审查批准2027年财政预算");
  await expect(region(page, "表决").getByRole("table", { name: "表决结果" })).toContainText("通过");
  await expect(region(page, "选举")).toContainText(`当选：${LI}`);
  await expect(region(page, "筹备清单")).toHaveCount(0);
  await expect(region(page, "签到与法定人数")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("form")).toHaveCount(0);

  // The notice and the minutes as Word files.
  await switchTo(page, E2E_SESSION_USERS.OFFICE);
  await page.goto(path);
  const name = `${E2E_SESSION_TOWNSHIP}第十七届人民代表大会第[一二三四五六七八九十]+次会议`;
  await expectDownload(
    page,
    page.getByRole("link", { name: "下载会议通知（.docx）" }),
    new RegExp(`^关于召开${name}的通知\\.docx$`),
  );
  await expectDownload(
    page,
    page.getByRole("link", { name: "下载会议纪要（.docx）" }),
    new RegExp(`^${name}纪要\\.docx$`),
  );
});

test("the office corrects a recorded vote with a reason; the original stays on the page, marked", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, E2E_SESSION_USERS.OFFICE);
  const path = await prepareSession(page);
  for (const [i, name] of [ZHAO, QIAN, SUN, LI, ZHOU, WU].entries()) await mark(page, name, "出席", i + 1);
  await header(page).getByRole("button", { name: "开幕" }).click();
  await header(page).getByRole("button", { name: "确认开幕" }).click();
  await expect(header(page)).toContainText("召开中");

  const votes = region(page, "表决");
  await votes.locator("summary", { hasText: "登记表决" }).click();
  const voteForm = votes.getByRole("form", { name: "登记表决" });
  await voteForm.getByLabel("表决事项").fill("关于镇村道路建设的决议");
  await voteForm.getByLabel("赞成票").fill("4");
  await voteForm.getByLabel("反对票").fill("1");
  await voteForm.getByLabel("弃权票").fill("1");
  await voteForm.getByRole("button", { name: "登记表决结果" }).click();
  const rows = votes
    .getByRole("table", { name: "表决结果" })
    .getByRole("row")
    .filter({ hasText: "关于镇村道路建设的决议" });
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("未通过"); // 4 of 9 sitting is not more than half

  // 更正: the paper tally said 6 for; the reason is required.
  await rows.first().locator("summary", { hasText: "更正" }).click();
  const correction = votes.getByRole("form", { name: "更正表决结果：关于镇村道路建设的决议" });
  await correction.getByLabel("赞成票").fill("5");
  await correction.getByLabel("反对票").fill("0");
  await correction.getByRole("button", { name: "提交更正" }).click();
  await expect(correction.getByLabel("更正理由")).toHaveAccessibleDescription(/理由/);
  await correction.getByLabel("更正理由").fill("计票人将赞成票 5 票误记为 4 票");
  await correction.getByRole("button", { name: "提交更正" }).click();

  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("已更正，以更正后的记录为准");
  await expect(rows.nth(0)).toContainText("赞成 4 · 反对 1 · 弃权 1");
  await expect(rows.nth(1)).toContainText("更正：计票人将赞成票 5 票误记为 4 票");
  await expect(rows.nth(1)).toContainText("赞成 5 · 反对 0 · 弃权 1");
  await expect(rows.nth(1)).toContainText("通过");
  await expect(rows.nth(0).locator("summary", { hasText: "更正" })).toHaveCount(0);

  // The printed summary keeps both, the original marked.
  await page.goto(`${path}/print/summary`);
  await expect(page.locator("body")).toContainText("已更正，以更正后的记录为准");
  await expect(page.locator("body")).toContainText("通过（更正：计票人将赞成票 5 票误记为 4 票）");
});

test("an extraordinary session needs the request of one fifth of the deputies", async ({ page }) => {
  await signInAs(page, E2E_SESSION_USERS.OFFICE);
  await page.goto("/sessions");
  await page.locator("summary", { hasText: "筹备新会议" }).click();
  const form = page.getByRole("form", { name: "筹备新会议" });
  await expect(form.getByLabel("提议代表人数")).toHaveCount(0);
  await form.getByLabel("会议类型").selectOption({ label: "临时会议" });
  await form.getByLabel("开幕日期").fill(todayInChina());
  await form.getByLabel("闭幕日期").fill(todayInChina());
  await form.getByLabel("提议代表人数").fill("1");
  await form.getByLabel("提议记录").fill("赵一鸣代表提议召开临时会议，补选镇人大副主席");
  await form.getByRole("button", { name: "筹备会议" }).click();
  await expect(form.getByLabel("提议代表人数")).toHaveAccessibleDescription(/五分之一以上代表提议.*至少 2 名/);
  await expect(page).toHaveURL(/\/sessions$/);
});

test("the office records a presidium meeting", async ({ page }) => {
  const topic = `审议会议议程草案-${Date.now().toString(36)}`;
  await signInAs(page, E2E_SESSION_USERS.OFFICE);
  await navigateTo(page, "会议", "主席团会议");
  await expect(page.getByRole("heading", { level: 1, name: "主席团会议" })).toBeVisible();
  await page.getByRole("link", { name: "登记会议" }).click();
  const form = page.getByRole("form", { name: "登记主席团会议" });
  await expect(form.getByLabel("会议日期")).toHaveValue(todayInChina());
  // The chair is on the roll, present unless marked otherwise (presidium-meetings.spec.ts records the rest).
  await expect(form.getByRole("group", { name: "主席团成员出席情况" }).getByLabel("出席")).toBeChecked();
  const item = form.getByRole("group", { name: "议题1" });
  await item.getByLabel("议题", { exact: true }).fill(topic);
  await item.getByLabel("决定事项").fill("同意提请大会审议");
  await form.getByRole("button", { name: "登记会议" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    /^会议镇第十七届人民代表大会主席团第[一二三四五六七八九十]+次会议$/,
  );
  const topics = page.getByRole("region", { name: "议题和决定" });
  await expect(topics).toContainText(topic);
  await expect(topics).toContainText("同意提请大会审议");
});

test("/sessions and a session page have no serious accessibility violations", async ({ page }) => {
  await signInAs(page, E2E_SESSION_USERS.OFFICE);
  await page.goto("/sessions");
  await expect(page.getByRole("heading", { level: 1, name: "人代会" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("table", { name: "人代会列表" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expectNoSeriousA11yViolations(page);
});

test.describe("on a 360×740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("the roll is one deputy per row with large controls, and the page does not scroll sideways", async ({
    page,
  }) => {
    await signInAs(page, E2E_SESSION_USERS.OFFICE);
    await prepareSession(page);
    const roll = region(page, "签到与法定人数").getByRole("list", { name: "代表签到" });
    await expect(roll.getByRole("listitem")).toHaveCount(9);
    const select = roll.getByLabel(ZHAO, { exact: true });
    expect((await select.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await mark(page, ZHAO, "出席", 1);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});

test("the office edits the checklist template: reorders, removes and adds steps, and saves", async ({ page }) => {
  await signInAs(page, E2E_SESSION_USERS.OFFICE);
  await page.goto("/sessions");
  await page.locator("summary", { hasText: "筹备清单模板" }).click();
  const form = page.getByRole("form", { name: "筹备清单模板" });
  await expect(form.getByLabel("第1项 事项")).toHaveValue("开展会前调研，广泛征求代表和选民意见");
  await expect(form.getByLabel("第1项 相对开幕日天数")).toHaveValue("-30");
  await expect(form.getByRole("button", { name: "上移第1项" })).toBeDisabled();

  await form.getByRole("button", { name: "下移第1项" }).click();
  await expect(form.getByLabel("第1项 事项")).toHaveValue("起草人大主席团工作报告");
  await expect(form.getByLabel("第2项 事项")).toHaveValue("开展会前调研，广泛征求代表和选民意见");
  await form.getByRole("button", { name: "删除第9项" }).click();
  await form.getByRole("button", { name: "添加事项" }).click();
  await form.getByLabel("第9项 事项").fill("");
  await form.getByRole("button", { name: "保存模板" }).click();
  await expect(form.getByLabel("第9项 事项")).toHaveAccessibleDescription(/请填写事项/);
  await form.getByLabel("第9项 事项").fill("会后回访代表");
  await form.getByLabel("第9项 负责人").fill("人大主席");
  await form.getByLabel("第9项 相对开幕日天数").fill("14");
  await form.getByRole("button", { name: "保存模板" }).click();
  await expect(form.getByRole("status")).toContainText("模板已保存");

  await page.reload();
  await page.locator("summary", { hasText: "筹备清单模板" }).click();
  await expect(form.getByLabel("第1项 事项")).toHaveValue("起草人大主席团工作报告");
  await expect(form.getByLabel("第9项 事项")).toHaveValue("会后回访代表");
  await expect(form.getByLabel("第9项 负责人")).toHaveValue("人大主席");
  await expect(form.getByLabel("第9项 相对开幕日天数")).toHaveValue("14");
  await expect(form.getByLabel(/^第\d+项 事项$/)).toHaveCount(9);
});

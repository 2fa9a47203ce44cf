import fs from "node:fs/promises";
import JSZip from "jszip";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, navigateTo, signInAs } from "./helpers";
import { E2E_RECORD_DEPUTIES, E2E_RECORD_SUGGESTIONS, E2E_RECORD_USERS, E2E_RECORD_YEAR } from "./deputy-record-users";

// The deputy's record (履职档案) of 履职镇 (tests/e2e/deputy-record-seed.ts): the session attendance and the
// suggestions already in the system, on a phone and on paper (.docx), read by whom it concerns; the 履职公示.
const U = E2E_RECORD_USERS;
const [FIRST, SECOND] = E2E_RECORD_DEPUTIES;
const TITLE = `${FIRST}代表${E2E_RECORD_YEAR}年度履职档案`;

/** The text of a downloaded .docx's body. */
async function docxText(page: Page, link: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: link }).click()]);
  const zip = await JSZip.loadAsync(await fs.readFile((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  return { name: download.suggestedFilename(), text: xml.replace(/<[^>]+>/g, "") };
}

/** The deputy opens 我的履职档案 from the landing page and picks the year. */
async function openOwnRecord(page: Page) {
  await signInAs(page, U.deputy);
  await page.getByRole("main").getByRole("link", { name: "我的履职档案" }).click();
  await page.getByRole("spinbutton", { name: "年度" }).fill(String(E2E_RECORD_YEAR));
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
}

test("a deputy reads their record on a phone: sessions with the Art. 62 notice, suggestions, the .docx", async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openOwnRecord(page);
  const sessions = page.getByRole("region", { name: "出席本级人民代表大会会议" });
  await expect(sessions).toContainText("第一次会议");
  await expect(sessions).toContainText("缺席");
  await expect(sessions).toContainText("请假");
  await expect(sessions.getByRole("status")).toContainText(
    "本届已有1次未经批准不出席本级人民代表大会会议（第一次会议）",
  );
  const suggestions = page.getByRole("region", { name: "提出建议、批评和意见" });
  await expect(suggestions).toContainText(E2E_RECORD_SUGGESTIONS.replied);
  await expect(suggestions).toContainText(E2E_RECORD_SUGGESTIONS.registered);
  await expect(suggestions).toContainText("A 已解决或基本解决");
  await expect(suggestions).toContainText("满意");
  const main = page.getByRole("main");
  for (const personal of ["13700001111", "110101198001010011", "石桥村三组8号"])
    await expect(main).not.toContainText(personal);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/deputy-record-360.png", fullPage: true });

  const docx = await docxText(page, "下载代表履职情况登记表（Word）");
  expect(docx.name).toBe(`${FIRST}代表履职情况登记表（${E2E_RECORD_YEAR}年度）.docx`);
  for (const text of [
    "代表履职情况登记表",
    FIRST,
    "第一次会议",
    "缺席",
    E2E_RECORD_SUGGESTIONS.replied,
    "履职镇人民代表大会主席团",
  ])
    expect(docx.text).toContain(text);
  for (const personal of ["13700001111", "110101198001010011", "石桥村三组8号"])
    expect(docx.text).not.toContain(personal);
});

test("the record is read by the deputy, the linked presidium member, office and chair; others get the 404 page", async ({
  page,
}) => {
  await openOwnRecord(page);
  const path = new URL(page.url()).pathname;
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: "test-results/deputy-record-1366.png", fullPage: true });
  for (const [username, sees] of [
    [U.office, true],
    [U.chair, true],
    [U.presidium, true],
    [U.otherPresidium, false],
    [U.otherDeputy, false],
    [U.unit, false],
  ] as const) {
    await page.context().clearCookies();
    await signInAs(page, username);
    await page.goto(`${path}?year=${E2E_RECORD_YEAR}`);
    if (sees) await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
    else await expect(page.getByRole("heading", { level: 1, name: "页面不存在或无权访问" })).toBeVisible();
  }
});

test("履职公示: the office publishes the year, everyone reads it without personal data; withdrawn, it is gone", async ({
  page,
}) => {
  await signInAs(page, U.office);
  await navigateTo(page, "名册", "履职公示");
  await page.getByRole("spinbutton", { name: "年度" }).fill(String(E2E_RECORD_YEAR));
  await page.getByRole("button", { name: "查看" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${E2E_RECORD_YEAR}年度代表履职情况公示` })).toBeVisible();
  await expect(page.getByRole("main")).toContainText("以下为预览，仅人大办可见");
  await page.getByRole("button", { name: `发布${E2E_RECORD_YEAR}年度履职公示` }).click();
  await expect(page.getByRole("main")).toContainText("公示时间");
  await expectNoSeriousA11yViolations(page);

  await page.context().clearCookies();
  await signInAs(page, U.otherDeputy);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/duty-records?year=${E2E_RECORD_YEAR}`);
  const row = page.getByRole("row").filter({ hasText: FIRST });
  await expect(row).toContainText("0/2");
  await expect(page.getByRole("row").filter({ hasText: SECOND })).toBeVisible();
  for (const personal of ["13700001111", "110101198001010011", "石桥村三组8号", "1980-01-01"])
    await expect(page.getByRole("main")).not.toContainText(personal);
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/duty-records-360.png", fullPage: true });

  await page.context().clearCookies();
  await page.setViewportSize({ width: 1366, height: 768 });
  await signInAs(page, U.office);
  await page.goto(`/duty-records?year=${E2E_RECORD_YEAR}`);
  await page.getByText("撤回公示").click();
  await page.getByLabel("撤回原因").fill("数字有误，核实后重新公示");
  await page.getByRole("button", { name: "确认撤回" }).click();
  await expect(page.getByRole("main")).toContainText("该年度的公示已撤回");

  await page.context().clearCookies();
  await signInAs(page, U.unit);
  await page.goto(`/duty-records?year=${E2E_RECORD_YEAR}`);
  await expect(page.getByRole("main")).toContainText(`${E2E_RECORD_YEAR}年度的代表履职情况尚未公示`);
});

/** A 360 px phone signed in as `username`. */
async function phone(browser: Browser, username: string) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

async function logDuty(page: Page, kind: string, description: string, voters?: number) {
  const form = page.getByRole("form", { name: "登记履职" });
  await form.getByLabel("履职类型").selectOption({ label: kind });
  await form.getByLabel("履职内容").fill(description);
  if (voters !== undefined) await form.getByLabel("联系选民人数").fill(String(voters));
  await form.getByRole("button", { name: "提交登记" }).click();
  await expect(form.getByText("已登记，等待人大办核实")).toBeVisible();
}

// The e2e, every step in the pages: a plan made and approved; a training of the plan held with attendance
// and one leave asked on a phone and approved by the chair; three duties logged on a phone and verified by the
// office; the deputy's record and its .docx show them beside the session attendance and suggestions seeded.
test("a plan approved, a training with attendance and an approved leave, three duties verified: the record and its .docx", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const PLAN = `${E2E_RECORD_YEAR}年度代表培训计划`;
  const TRAINING = "代表履职能力提升培训";
  const DUTIES = [
    { kind: "联系选民", description: "走访石桥村三组选民，听取修路意见", voters: 12 },
    { kind: "调解纠纷", description: "调解石桥村两户宅基地纠纷" },
    { kind: "办实事", description: "协调修复石桥村路灯五盏" },
  ];

  // The office drafts the year plan; the chair approves it.
  await signInAs(page, U.office);
  await page.goto("/training/plans/new");
  await page.getByLabel("计划名称").fill(PLAN);
  await page.getByLabel("一、指导思想").fill("以习近平新时代中国特色社会主义思想为指导。");
  await page.getByLabel("二、目的意义").fill("提高代表依法履职能力。");
  await page.getByLabel("镇人大代表").check();
  await page.getByLabel("四、培训内容").fill("学习《代表法》。");
  await page.getByLabel("五、培训形式").fill("集中学习。");
  await page.getByLabel("第四季度").fill("履职学习。");
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByRole("heading", { level: 1, name: PLAN })).toBeVisible();
  const planUrl = page.url();
  await page.context().clearCookies();
  await signInAs(page, U.chair);
  await page.goto(planUrl);
  await page.getByRole("button", { name: "批准培训计划" }).click();
  await expect(page.getByText(/已批准（.*批准）/)).toBeVisible();

  // The office holds a training of the plan for the township's deputies (today: the record's year).
  await page.context().clearCookies();
  await signInAs(page, U.office);
  await page.goto("/training/sessions/new");
  await page.getByLabel("培训名称").fill(TRAINING);
  await page.getByLabel("培训计划").selectOption({ label: PLAN });
  await page.getByLabel("培训天数").fill("1.5");
  await page.getByLabel("地点").fill("镇人大代表之家");
  await page.getByLabel("镇人大代表").check();
  await page.getByRole("button", { name: "保存培训" }).click();
  await expect(page.getByRole("heading", { level: 1, name: TRAINING })).toBeVisible();
  const trainingUrl = page.url();

  // The second deputy asks leave on a phone; the chair approves it.
  const other = await phone(browser, U.otherDeputy);
  await other.page.goto("/training");
  await other.page.getByRole("link", { name: TRAINING }).click();
  await other.page.getByLabel("请假事由").fill("村里防汛值班");
  await other.page.getByRole("button", { name: "提交请假申请" }).click();
  await expect(other.page.getByText("我的请假申请：待审批")).toBeVisible();
  await other.context.close();
  const chair = await phone(browser, U.chair);
  await chair.page.goto(trainingUrl);
  await chair.page.getByRole("button", { name: `批准${SECOND}的请假`, exact: true }).click();
  await expect(chair.page.getByRole("region", { name: "请假申请" })).toContainText("已批准");
  await chair.context.close();

  // The office takes attendance: the second on leave already, everyone else present.
  await page.reload();
  const grid = page.getByRole("form", { name: "登记出勤" });
  await expect(grid.getByRole("group", { name: SECOND }).getByLabel("请假")).toBeChecked();
  for (const name of E2E_RECORD_DEPUTIES.filter((n) => n !== SECOND))
    await grid.getByRole("group", { name }).getByLabel("出席").check();
  await grid.getByRole("button", { name: "保存出勤" }).click();
  await expect(grid.getByText("出勤已保存")).toBeVisible();

  // The deputy logs three duties on a phone; the office verifies them.
  const deputy = await phone(browser, U.deputy);
  await deputy.page.goto("/duties");
  for (const d of DUTIES) await logDuty(deputy.page, d.kind, d.description, d.voters);
  await page.goto("/duties?state=SUBMITTED");
  for (const d of DUTIES) {
    await page.getByRole("button", { name: new RegExp(`^核实：.*${d.kind}`) }).click();
    await expect(page.getByRole("button", { name: new RegExp(`^核实：.*${d.kind}`) })).toHaveCount(0);
  }

  // The deputy's record on the phone: the training, the duties and the 六个一, beside what was in the system.
  await deputy.page.goto("/");
  await deputy.page.getByRole("main").getByRole("link", { name: "我的履职档案" }).click();
  await expect(deputy.page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const trainings = deputy.page.getByRole("region", { name: "参加培训" });
  await expect(trainings).toContainText(TRAINING);
  await expect(trainings).toContainText("出席");
  const duties = deputy.page.getByRole("region", { name: "履职登记" });
  for (const d of DUTIES) await expect(duties).toContainText(d.description);
  await expect(duties).not.toContainText("待核实");
  const card = deputy.page.getByRole("region", { name: "“六个一”完成情况" });
  await expect(card).toContainText("12 / 10");
  const sessions = deputy.page.getByRole("region", { name: "出席本级人民代表大会会议" });
  await expect(sessions).toContainText("第一次会议");
  await expect(sessions).toContainText("缺席");
  await expect(deputy.page.getByRole("region", { name: "提出建议、批评和意见" })).toContainText(
    E2E_RECORD_SUGGESTIONS.replied,
  );
  await expectNoSeriousA11yViolations(deputy.page);
  await deputy.page.screenshot({ path: "test-results/deputy-record-duties-360.png", fullPage: true });
  const docx = await docxText(deputy.page, "下载代表履职情况登记表（Word）");
  for (const text of [
    "参加培训情况",
    TRAINING,
    "出席",
    "履职登记情况",
    "经人大办核实3项",
    ...DUTIES.map((d) => d.description),
    "“六个一”完成情况",
    "第一次会议",
    "缺席",
    E2E_RECORD_SUGGESTIONS.replied,
  ])
    expect(docx.text).toContain(text);
  await deputy.context.close();

  // The training's list of attendance: the second deputy on approved leave, the first present.
  await page.goto(trainingUrl);
  const table = page.getByRole("table", { name: "参加人员" });
  await expect(table.getByRole("row", { name: new RegExp(SECOND) })).toContainText("请假");
  await expect(table.getByRole("row", { name: new RegExp(FIRST) })).toContainText("出席");
});

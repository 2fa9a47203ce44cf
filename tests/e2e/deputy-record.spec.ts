import fs from "node:fs/promises";
import JSZip from "jszip";
import { expect, test, type Page } from "@playwright/test";
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

test("a training held with attendance, three duties logged on a phone and verified: the record and its .docx show them", async ({
  page,
}) => {
  const TRAINING = {
    kind: "DUTY",
    title: "代表履职能力提升培训",
    startDate: `${E2E_RECORD_YEAR}-11-20`,
    endDate: `${E2E_RECORD_YEAR}-11-21`,
    days: 2,
    place: "镇人大代表之家",
  };
  const DUTIES = [
    { kind: "VOTER_CONTACT", description: "走访石桥村三组选民，听取修路意见", voters: 12 },
    { kind: "DISPUTE_MEDIATION", description: "调解石桥村两户宅基地纠纷" },
    { kind: "PRACTICAL_THING", description: "协调修复石桥村路灯五盏" },
  ];
  await page.setViewportSize({ width: 360, height: 800 });
  await signInAs(page, U.deputy);
  await page.getByRole("main").getByRole("link", { name: "我的履职档案" }).click();
  await page.waitForURL(/\/deputies\/[0-9a-f-]{36}\/record/);
  const deputyId = /\/deputies\/([0-9a-f-]{36})\/record/.exec(page.url())![1];
  const logged: { id: string; version: number }[] = [];
  for (const d of DUTIES) {
    const res = await page.request.post("/api/v1/duties", { data: d });
    expect(res.status(), await res.text()).toBe(201);
    logged.push(await res.json());
  }
  await page.context().clearCookies();
  await signInAs(page, U.office);
  // The office holds a two-day training with the deputy enrolled and takes attendance.
  const training = await page.request.post("/api/v1/training-sessions", {
    data: { ...TRAINING, deputyIds: [deputyId] },
  });
  expect(training.status(), await training.text()).toBe(201);
  const { id: trainingId } = (await training.json()) as { id: string };
  const attendance = await page.request.post(`/api/v1/training-sessions/${trainingId}/attendance`, {
    data: { entries: [{ deputyId, attendance: "PRESENT" }] },
  });
  expect(attendance.status(), await attendance.text()).toBe(200);
  for (const d of logged) {
    const res = await page.request.post(`/api/v1/duties/${d.id}/review`, {
      data: { decision: "verify", version: d.version },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  await page.context().clearCookies();
  await signInAs(page, U.deputy);
  await page.getByRole("main").getByRole("link", { name: "我的履职档案" }).click();
  const duties = page.getByRole("region", { name: "履职登记" });
  for (const d of DUTIES) await expect(duties).toContainText(d.description);
  await expect(duties).toContainText("已核实");
  const card = page.getByRole("region", { name: "“六个一”完成情况" });
  await expect(card).toContainText("12 / 10");
  const trainings = page.getByRole("region", { name: "参加培训" });
  await expect(trainings).toContainText(TRAINING.title);
  await expect(trainings).toContainText("出席");
  await expectNoSeriousA11yViolations(page);
  await page.screenshot({ path: "test-results/deputy-record-duties-360.png", fullPage: true });
  const docx = await docxText(page, "下载代表履职情况登记表（Word）");
  for (const text of ["履职登记情况", "“六个一”完成情况", "经人大办核实3项", "参加培训情况", TRAINING.title])
    expect(docx.text).toContain(text);
});

import ExcelJS from "exceljs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { E2E_DEPUTY_NAME, E2E_GROUPS, E2E_OTHER_DEPUTY_NAME, E2E_TERM_START, E2E_USERS } from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";
import { DAY_MS } from "@/lib/time/day";
import { dictionaryValue } from "@/lib/roster/dictionaries";

// The roster (代表名册): import from Excel, filters, profiles, status changes, a deputy's own contact
// details, groups' 三有 checks, export. The server's database is fresh for each run (serve.ts); data a
// test depends on is either seeded (accounts.ts) or created by the test itself under a unique name.

const [GROUP_1, GROUP_2] = E2E_GROUPS;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The template's first row, as the import expects it (lib/roster/excel.ts ROSTER_COLUMNS). */
const HEADERS = [
  "姓名",
  "性别",
  "民族",
  "出生日期",
  "政治面貌",
  "文化程度",
  "身份证号",
  "工作单位",
  "职业",
  "联系电话",
  "住址",
  "选区",
  "代表层级",
  "代表小组",
  "产生方式",
  "任职日期",
] as const;
type Header = (typeof HEADERS)[number];
type SheetRow = Record<Header, string>;

// 60 distinct names; nine contain 明, the roster's partial-name filter below looks for them.
const NAMES = [
  "王明华",
  "张伟",
  "李晓明",
  "王芳",
  "陈明辉",
  "李娜",
  "刘明霞",
  "刘洋",
  "陈静",
  "赵文明",
  "杨勇",
  "黄明亮",
  "黄磊",
  "赵丽",
  "周明珠",
  "吴强",
  "周敏",
  "吴光明",
  "徐军",
  "孙明远",
  "孙燕",
  "马超",
  "朱红",
  "胡斌",
  "郭涛",
  "何琳",
  "林峰",
  "罗平",
  "高翔",
  "郑欣",
  "梁艳",
  "谢刚",
  "宋佳",
  "唐宁",
  "许波",
  "韩冰",
  "冯雪",
  "邓辉",
  "曹阳",
  "彭丹",
  "曾华",
  "萧然",
  "田野",
  "董洁",
  "潘越",
  "袁媛",
  "蔡坤",
  "蒋琴",
  "余晖",
  "杜鹃",
  "叶青",
  "程亮",
  "魏巍",
  "苏晴",
  "吕鹏",
  "丁宁",
  "任杰",
  "沈玉",
  "姚远",
  "卢森",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** Row i of the roster to import (sheet row i + 2): every third deputy in each group, the rest ungrouped. */
function deputyRow(i: number): SheetRow {
  return {
    姓名: NAMES[i],
    性别: i % 2 === 0 ? "男" : "女",
    出生日期: `${1960 + (i % 35)}-${pad((i % 12) + 1)}-${pad((i % 28) + 1)}`,
    民族: i % 7 === 3 ? "苗族" : "汉族",
    政治面貌: i % 3 === 1 ? "群众" : "中共党员",
    文化程度: ["大学本科", "大专", "高中", "初中"][i % 4],
    职业: ["村党支部书记", "教师", "个体工商户", "农民", "乡村医生"][i % 5],
    工作单位: i % 4 === 0 ? `${["青山", "石桥", "河口"][i % 3]}村村民委员会` : "",
    联系电话: `1380013${String(1000 + i)}`,
    住址: `${["青山", "石桥", "河口"][i % 3]}村${(i % 9) + 1}组`,
    身份证号: "",
    选区: ["第一选区", "第二选区", "第三选区"][i % 3], // the term's 选区 records (tests/factories createTerm)
    代表层级: i % 6 === 0 ? "镇、县" : "镇",
    代表小组: [GROUP_1, GROUP_2, ""][i % 3],
    产生方式: i % 10 === 9 ? "补选" : "换届选举",
    任职日期: "",
  };
}

const GOOD_ROWS = NAMES.map((_, i) => deputyRow(i));
// Two wrong rows: sheet row 11 has 2 月 30 日, sheet row 38 a gender that is neither 男 nor 女.
const BAD_ROWS = GOOD_ROWS.map((r, i) =>
  i === 9 ? { ...r, 出生日期: "1985-02-30" } : i === 36 ? { ...r, 性别: "未知" } : r,
);
const BAD_SHEET_ROWS = ["11", "38"];

async function xlsxOf(rows: SheetRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("代表名册");
  ws.addRow([...HEADERS]);
  for (const r of rows) ws.addRow(HEADERS.map((h) => r[h]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Today (or `daysAgo` before) in China, as yyyy-mm-dd. */
function dayInChina(daysAgo = 0) {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai" }).format(
    new Date(Date.now() - daysAgo * DAY_MS),
  );
}

let seq = 0;
const GIVEN = "安博诚达峰刚浩佳健凯乐林宁佩琪荣松涛文欣";
/** A Chinese name no other deputy of this run has (no 明, so the import's filter does not see it). */
function uniqueName(surname: string) {
  const n = (Date.now() + ++seq * 7919) % (GIVEN.length * GIVEN.length);
  return `${surname}${GIVEN[Math.floor(n / GIVEN.length)]}${GIVEN[n % GIVEN.length]}${GIVEN[seq % GIVEN.length]}`;
}

const roster = (page: Page) => page.getByRole("table", { name: "代表名册" });
const rosterTotal = (page: Page) => page.getByRole("main").locator("p", { hasText: /共 \d+ 名$/ });
const filterForm = (page: Page) => page.getByRole("form", { name: "筛选代表" });
/** The value next to a label in a profile's 基本信息. */
const infoValue = (page: Page, label: string): Locator =>
  page
    .getByRole("region", { name: "基本信息" })
    .locator("dt", { hasText: new RegExp(`^${label}$`) })
    .locator("xpath=following-sibling::dd[1]");

async function filterRoster(page: Page, filters: { q?: string; group?: string; status?: string }) {
  const form = filterForm(page);
  await form.getByLabel("姓名", { exact: true }).fill(filters.q ?? "");
  if (filters.group) await form.getByLabel("代表小组").selectOption({ label: filters.group });
  if (filters.status) await form.getByLabel("状态").selectOption({ label: filters.status });
  await form.getByRole("button", { name: "筛选" }).click();
  await page.waitForURL(/\/deputies\?/);
}

async function importFile(page: Page, rows: SheetRow[]) {
  const section = page.getByRole("region", { name: "从 Excel 导入代表" });
  await section
    .getByLabel("选择文件（.xlsx 或 .csv）")
    .setInputFiles({ name: "代表名册.xlsx", mimeType: XLSX, buffer: await xlsxOf(rows) });
  await section.getByRole("button", { name: "导入", exact: true }).click();
  return section;
}

test("the office imports a 60-row roster: errors first, nothing written; then all of it, filtered and opened", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/deputies");
  await expect(rosterTotal(page)).toBeVisible();
  const totalBefore = Number(/共 (\d+) 名/.exec((await rosterTotal(page).textContent()) ?? "")![1]);
  const namesBefore = await roster(page).getByRole("link").allInnerTexts();

  // A file with two wrong rows: both reported with their row numbers, and nothing imported.
  await page.locator("summary", { hasText: "从 Excel 导入" }).click();
  let section = await importFile(page, BAD_ROWS);
  await expect(section.getByRole("alert")).toContainText("未导入任何数据");
  const errors = section.getByRole("table", { name: "导入错误明细" });
  await expect(errors.locator("tbody tr td:first-child")).toHaveText(BAD_SHEET_ROWS, { useInnerText: true });
  await expect(errors.locator("tbody tr").nth(0)).toContainText("出生日期");
  await expect(errors.locator("tbody tr").nth(1)).toContainText("性别");

  // The roster is as it was: only the seeded deputies.
  await page.reload();
  await expect(rosterTotal(page)).toHaveText(new RegExp(`共 ${totalBefore} 名$`));
  await expect(roster(page).getByRole("link")).toHaveText(namesBefore);

  // The corrected file goes in whole.
  await page.locator("summary", { hasText: "从 Excel 导入" }).click();
  section = await importFile(page, GOOD_ROWS);
  await expect(section.getByRole("status")).toHaveText(`已导入 ${GOOD_ROWS.length} 名代表`, { timeout: 20_000 });
  await expect(rosterTotal(page)).toHaveText(new RegExp(`共 ${totalBefore + GOOD_ROWS.length} 名$`));

  // Filtered by group and part of the name.
  const expected = GOOD_ROWS.filter((r) => r.代表小组 === GROUP_1 && r.姓名.includes("明")).map((r) => r.姓名);
  expect(expected.length).toBeGreaterThan(1);
  await filterRoster(page, { q: "明", group: GROUP_1 });
  await expect(rosterTotal(page)).toHaveText(new RegExp(`共 ${expected.length} 名$`));
  // The name links to the profile (the phone beside it is a tel: link).
  const links = roster(page).locator('a[href^="/deputies/"]');
  await expect(links).toHaveCount(expected.length);
  expect((await links.allInnerTexts()).sort()).toEqual([...expected].sort());
  for (const row of await roster(page).locator("tbody tr").all()) await expect(row).toContainText(GROUP_1);

  // A profile, opened from the filtered roster.
  const opened = GOOD_ROWS.find((r) => r.姓名 === expected[0])!;
  await links.filter({ hasText: opened.姓名 }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${opened.姓名} 代表` })).toBeVisible();
  await expect(page.getByRole("region", { name: "基本信息" })).toBeVisible();
  await expect(infoValue(page, "性别")).toHaveText(opened.性别);
  await expect(infoValue(page, "出生日期")).toHaveText(opened.出生日期);
  await expect(infoValue(page, "民族")).toHaveText(opened.民族);
  // The import writes the official name for a common spelling (中共党员 → 中国共产党党员).
  await expect(infoValue(page, "政治面貌")).toHaveText(dictionaryValue("party", opened.政治面貌)!);
  await expect(infoValue(page, "职业")).toHaveText(opened.职业);
  await expect(infoValue(page, "选区")).toHaveText(opened.选区);
  await expect(infoValue(page, "代表小组")).toHaveText(GROUP_1);
  await expect(infoValue(page, "联系电话")).toHaveText(opened.联系电话);
  await expect(infoValue(page, "代表层级")).toHaveText(
    opened.代表层级 === "镇、县" ? "镇人大代表、县人大代表" : "镇人大代表",
  );
  await expect(infoValue(page, "状态")).toHaveText("在任");
  // Imported without a start date: the deputy sits from the day of entry in China (the term's start if later).
  await expect(infoValue(page, "任职日期")).toHaveText([dayInChina(0), E2E_TERM_START].sort().at(-1)!);
});

test("the office records a resignation; the sitting roster no longer lists the deputy", async ({ page }) => {
  const name = uniqueName("孙");
  await signInAs(page, E2E_USERS.OFFICE);
  const created = await page.request.post("/api/v1/deputies", {
    data: {
      name,
      gender: "FEMALE",
      birthDate: "1979-04-18",
      ethnicity: "汉族",
      party: "群众",
      education: "大专",
      occupation: "教师",
      constituency: "第二选区",
      levels: ["TOWNSHIP"],
    },
  });
  expect(created.status()).toBe(201);

  await page.goto("/deputies");
  await filterRoster(page, { q: name });
  await expect(rosterTotal(page)).toHaveText(/共 1 名$/);
  await roster(page).getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${name} 代表` })).toBeVisible();

  // Today in China: the deputy, entered without a start date, sits from today; never in the future.
  const effective = [dayInChina(0), E2E_TERM_START].sort().at(-1)!;
  const form = page.getByRole("form", { name: "代表状态变动" });
  await form.getByLabel("变动类型").selectOption({ label: "辞职" });
  await form.getByLabel("生效日期").fill(effective);
  await form.getByLabel("原因").fill("个人原因");
  await form.getByRole("button", { name: "登记变动" }).click();

  const history = page.getByRole("region", { name: "任职与变动记录" });
  await expect(history.getByRole("listitem").last()).toHaveText(`${effective} 辞职（个人原因）`);
  await expect(infoValue(page, "状态")).toHaveText("辞职");
  await expect(infoValue(page, "离任日期")).toHaveText(effective);
  // A deputy who has left cannot leave again.
  await expect(page.getByRole("form", { name: "代表状态变动" })).toHaveCount(0);

  // The roster opens on sitting deputies: not there; under 全部 still there.
  await page.goto(`/deputies?q=${encodeURIComponent(name)}`);
  await expect(rosterTotal(page)).toHaveText(/共 0 名$/);
  await expect(page.getByText("没有符合条件的代表")).toBeVisible();
  await filterRoster(page, { q: name, status: "全部" });
  await expect(rosterTotal(page)).toHaveText(/共 1 名$/);
  await expect(roster(page).getByRole("row").filter({ hasText: name })).toContainText("辞职");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a deputy updates their own phone number and sees no one else's contact details", async ({ page }) => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    await signInAs(page, E2E_USERS.DEPUTY);
    await page.getByRole("link", { name: "查看我的代表档案、修改联系方式" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "张测试 代表" })).toBeVisible();

    const form = page.getByRole("form", { name: "修改联系方式" });
    await form.getByLabel("联系电话").fill(phone);
    await form.getByRole("button", { name: "保存联系方式" }).click();
    await expect(form.getByRole("status")).toHaveText("联系方式已更新");
    await expect(infoValue(page, "联系电话")).toHaveText(phone);
    await page.reload();
    await expect(infoValue(page, "联系电话")).toHaveText(phone);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Another deputy's profile: public fields only, nothing to edit.
    await page.goto("/deputies");
    await filterRoster(page, { q: E2E_OTHER_DEPUTY_NAME });
    await roster(page).getByRole("link", { name: E2E_OTHER_DEPUTY_NAME }).click();
    await expect(page.getByRole("heading", { level: 1, name: `${E2E_OTHER_DEPUTY_NAME} 代表` })).toBeVisible();
    await expect(infoValue(page, "代表层级")).toHaveText("镇人大代表");
    const main = page.getByRole("main");
    await expect(main.getByText("联系电话")).toHaveCount(0);
    await expect(main.getByText("身份证号")).toHaveCount(0);
    await expect(main.getByText("住址")).toHaveCount(0);
    await expect(main.getByRole("form")).toHaveCount(0);
    await expect(main.getByRole("textbox")).toHaveCount(0);
  });
});

test("the office uploads a deputy's photo (JPG/PNG only); the deputy sees it but cannot change it", async ({
  page,
}) => {
  // A 1×1 PNG.
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
    "base64",
  );
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/deputies");
  await filterRoster(page, { q: E2E_DEPUTY_NAME });
  await roster(page).getByRole("link", { name: E2E_DEPUTY_NAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${E2E_DEPUTY_NAME} 代表` })).toBeVisible();
  const info = page.getByRole("region", { name: "基本信息" });
  await expect(info.getByText("无照片", { exact: true })).toBeVisible();

  await info.locator("summary", { hasText: "上传照片" }).click();
  const form = page.getByRole("form", { name: "上传代表照片" });
  await form
    .getByLabel("照片")
    .setInputFiles({ name: "照片.jpg", mimeType: "image/jpeg", buffer: Buffer.from("not really a picture") });
  await form.getByRole("button", { name: "上传照片" }).click();
  await expect(form.getByRole("alert")).toContainText("只能上传 JPG 或 PNG");

  await form.getByLabel("照片").setInputFiles({ name: "证件照.png", mimeType: "image/png", buffer: png });
  await form.getByRole("button", { name: "上传照片" }).click();
  const photo = info.getByRole("img", { name: `${E2E_DEPUTY_NAME}的照片` });
  await expect(photo).toBeVisible();
  await expect(photo).toHaveJSProperty("naturalWidth", 1);
  await expect(info.getByText("无照片", { exact: true })).toHaveCount(0);

  await page.context().clearCookies();
  await signInAs(page, E2E_USERS.DEPUTY);
  await page.getByRole("link", { name: "查看我的代表档案、修改联系方式" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${E2E_DEPUTY_NAME} 代表` })).toBeVisible();
  await expect(page.getByRole("img", { name: `${E2E_DEPUTY_NAME}的照片` })).toHaveJSProperty("naturalWidth", 1);
  await expect(page.getByRole("form", { name: "上传代表照片" })).toHaveCount(0);
  await expect(page.locator("summary", { hasText: "照片" })).toHaveCount(0);
});

test("the office records a group's 三有 check; 未达标 until every item is there", async ({ page }) => {
  const group = `三有检查小组-${Date.now().toString(36)}`;
  await signInAs(page, E2E_USERS.OFFICE);
  expect((await page.request.post("/api/v1/groups", { data: { name: group, kind: "GROUP" } })).status()).toBe(201);

  await page.goto("/groups");
  await expect(page.getByRole("heading", { level: 1, name: "代表小组" })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name: group }) });
  await expect(card).toContainText("尚未检查");

  await card.locator("summary", { hasText: "记录三有检查" }).click();
  const form = card.getByRole("form", { name: `${group}达标检查` });
  const today = dayInChina();
  await expect(form.getByLabel("检查日期")).toHaveValue(today);
  await form.getByLabel("有牌子").check();
  await form.getByLabel("有制度").check();
  await form.getByRole("button", { name: "记录检查" }).click();
  await expect(card.getByText(/^未达标（/)).toHaveText(`未达标（${today}：有牌子✓ 有制度✓ 有资料✗）`);

  await form.getByLabel("有资料").check();
  await form.getByRole("button", { name: "记录检查" }).click();
  await expect(card.getByText(/^达标（/)).toHaveText(`达标（${today}：有牌子✓ 有制度✓ 有资料✓）`);
  await expect(card.getByText(/^未达标/)).toHaveCount(0);
});

const ROSTER_PAGES = [
  { path: "/deputies", heading: "代表名册", open: "从 Excel 导入" },
  { path: "/groups", heading: "代表小组", open: "新建代表小组" },
  { path: "/presidium-links", heading: "主席团成员联系代表" },
  { path: "/terms", heading: "届次", open: "换届：新建届次" },
];

for (const { path, heading, open } of ROSTER_PAGES) {
  test(`${path} (as the office) has no serious accessibility violations`, async ({ page }) => {
    await signInAs(page, E2E_USERS.OFFICE);
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    // The folded-away forms are checked too.
    if (open) {
      const summary = page.locator("summary", { hasText: open }).first();
      await summary.click();
      await expect(page.locator("details[open]").filter({ has: summary })).toBeVisible();
    }
    await expectNoSeriousA11yViolations(page);
  });
}

test("a deputy's profile (as the office) has no serious accessibility violations", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/deputies");
  await filterRoster(page, { q: E2E_OTHER_DEPUTY_NAME });
  await roster(page).getByRole("link", { name: E2E_OTHER_DEPUTY_NAME }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${E2E_OTHER_DEPUTY_NAME} 代表` })).toBeVisible();
  await page.locator("summary", { hasText: "修改代表信息" }).click();
  await expect(page.getByRole("form", { name: "修改代表信息" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("the office exports the roster as .xlsx", async ({ page }) => {
  await signInAs(page, E2E_USERS.OFFICE);
  await page.goto("/deputies");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "导出 Excel" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await file.path());
  const sheet = wb.getWorksheet("代表名册")!;
  expect(sheet.getRow(1).values).toEqual([undefined, ...HEADERS, "状态", "离任日期"]);
  const names = sheet.getColumn(1).values.slice(2);
  expect(names).toContain(E2E_OTHER_DEPUTY_NAME);
});

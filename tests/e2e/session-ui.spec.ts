import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations, prepareSession, signInAs, todayInChina } from "./helpers";
import { E2E_UI_GROUPS, E2E_UI_TOWNSHIP, E2E_UI_USERS } from "./session-ui-users";

// 签到镇 (session-ui-seed.ts): 64 sitting deputies, 王建国 … 郭丽华; the i-th in E2E_UI_GROUPS[i % 4] when
// i < 60, the four 郭 in no group. e2e-ui-deputy is 王建国.

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1366, height: 768 };
const TITLE = new RegExp(`^${E2E_UI_TOWNSHIP}第十七届人民代表大会第[一二三四五六七八九十]+次会议$`);

const region = (page: Page, name: string) => page.getByRole("region", { name });
const header = (page: Page) => page.getByRole("main").locator("header").first();
const noSidewaysScroll = (page: Page, width: number) =>
  expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

test("the session page: jump links, sign-in filters with 64 deputies, checklist who and when, 其余全部赞成", async ({
  page,
}) => {
  test.setTimeout(150_000);
  await signInAs(page, E2E_UI_USERS.office);
  const path = await prepareSession(page, TITLE);
  // The tab names the record.
  const name = await page.getByRole("heading", { level: 1 }).textContent();
  await expect(page).toHaveTitle(`${name} · 会议 · 乡镇人大工作平台`);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon\.svg/);
  const icon = await page.request.get((await page.locator('link[rel="icon"]').getAttribute("href"))!);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");

  // Jump links, in page order, kept on screen; Enter on a focused link moves to its part.
  const jump = page.getByRole("navigation", { name: "会议各部分" });
  await expect(jump.getByRole("link")).toHaveText(["筹备", "议程", "签到", "表决", "选举", "纪要"]);
  await jump.getByRole("link", { name: "表决" }).click();
  await expect(page).toHaveURL(new RegExp(`${path}#votes$`));
  await expect(region(page, "表决").getByRole("heading", { name: "表决" })).toBeInViewport();
  await jump.getByRole("link", { name: "纪要" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#minutes$/);
  await expect(jump).toBeInViewport();
  await jump.getByRole("link", { name: "签到" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#attendance$/);
  await expect(region(page, "签到与法定人数").getByRole("heading", { name: "签到与法定人数" })).toBeInViewport();

  // 筹备清单: a tick shows who and when (China time); unticking clears it; both survive a reload.
  const checklist = region(page, "筹备清单");
  const item = checklist.getByRole("listitem").filter({ hasText: "发出会议通知" });
  const who = new RegExp(`测试OFFICE ${todayInChina()} \\d{2}:\\d{2} 完成`);
  await expect(item).not.toContainText("完成");
  let saved = page.waitForResponse((r) => r.url().includes("/checklist/") && r.request().method() === "PATCH");
  await item.getByRole("checkbox").check();
  expect((await saved).ok()).toBe(true);
  await expect(item).toContainText(who);
  await page.reload();
  await expect(region(page, "筹备清单").getByRole("listitem").filter({ hasText: "发出会议通知" })).toContainText(who);
  saved = page.waitForResponse((r) => r.url().includes("/checklist/") && r.request().method() === "PATCH");
  await item.getByRole("checkbox").uncheck();
  expect((await saved).ok()).toBe(true);
  await expect(item).not.toContainText(who);
  await page.reload();
  await expect(region(page, "筹备清单").getByRole("listitem").filter({ hasText: "发出会议通知" })).not.toContainText(
    "完成",
  );

  // 签到 at the door: a name, a 小组, only those not signed in yet.
  const signIn = region(page, "签到与法定人数");
  const rows = signIn.getByRole("list", { name: "代表签到" }).getByRole("listitem");
  const search = signIn.getByRole("searchbox", { name: "姓名" });
  await expect(rows).toHaveCount(64);
  const started = Date.now();
  await search.fill("李");
  // In 姓氏笔画 order: 志、丽、秀 (7 strokes; 横 before 撇) before 建 (8).
  const stroke = (surname: string) => ["志强", "丽华", "秀英", "建国"].map((g) => new RegExp(`^${surname}${g}`));
  await expect(rows).toHaveText(stroke("李"));
  console.log(`sign-in name filter over 64 deputies: ${Date.now() - started} ms`);
  await search.fill("");
  const group = signIn.getByRole("combobox", { name: "代表小组", exact: true });
  await expect(group.locator("option")).toHaveText(["全部小组", ...E2E_UI_GROUPS, "未分组"]);
  await group.selectOption({ label: "第九代表小组" });
  await expect(rows).toHaveCount(15);
  await expect(signIn.getByText("显示 15 / 64 名")).toBeVisible();
  await group.selectOption({ label: "未分组" });
  await expect(rows).toHaveText(stroke("郭"));
  await signIn.getByLabel("郭建国", { exact: true }).selectOption({ label: "出席" });
  await signIn.getByLabel("只看未签到").check();
  await expect(rows).toHaveCount(3);
  await group.selectOption({ label: "全部小组" });
  await expect(rows).toHaveCount(63);
  await signIn.getByRole("button", { name: "未登记的 63 名全部标为出席" }).click();
  await expect(signIn.getByText("没有符合条件的代表")).toBeVisible();
  await signIn.getByLabel("只看未签到").uncheck();
  await search.fill("郭丽华");
  await signIn.getByLabel("郭丽华", { exact: true }).selectOption({ label: "请假" });
  await expect(signIn.getByRole("status", { name: "法定人数" })).toContainText("出席 63 / 应到 64");
  await search.fill("");

  await header(page).getByRole("button", { name: "开幕" }).click();
  await header(page).getByRole("button", { name: "确认开幕" }).click();
  await expect(header(page)).toContainText("召开中");

  // A named vote: two choices by hand, 其余全部赞成 for the other 61, one vote recorded.
  const votes = region(page, "表决");
  await votes.locator("summary", { hasText: "登记表决" }).click();
  const form = votes.getByRole("form", { name: "登记表决" });
  await form.getByLabel("表决事项").fill("关于民生实事项目的决议");
  await form.getByLabel(/逐人登记/).check();
  await expect(form.getByRole("radiogroup")).toHaveCount(63);
  await form.getByRole("radiogroup", { name: "王建国" }).getByLabel("反对").check();
  await form.getByRole("radiogroup", { name: "李秀英" }).getByLabel("弃权").check();
  await form.getByRole("button", { name: "其余全部赞成" }).click();
  await expect(form.getByRole("status")).toHaveText("其余 61 名已标为赞成，核对后点击“登记表决结果”");
  await expect(form.getByRole("radiogroup", { name: "郭建国" }).getByLabel("赞成")).toBeChecked();
  await expect(form.getByRole("radiogroup", { name: "王建国" }).getByLabel("反对")).toBeChecked();
  await form.getByRole("button", { name: "登记表决结果" }).click();
  const row = votes
    .getByRole("table", { name: "表决结果" })
    .getByRole("row")
    .filter({ hasText: "关于民生实事项目的决议" });
  await expect(row).toContainText("举手表决（逐人登记）");
  await expect(row).toContainText("赞成 61 · 反对 1 · 弃权 1");

  // A deputy's profile is titled with the deputy's name.
  await page.goto("/deputies?q=郭丽华");
  await page.getByRole("table", { name: "代表名册" }).getByRole("link", { name: "郭丽华" }).click();
  await expect(page).toHaveTitle("郭丽华 · 代表档案 · 乡镇人大工作平台");
  await page.goto(path);

  // Files are picked in Chinese.
  const agenda = region(page, "议程与文件");
  await agenda.locator("summary", { hasText: "上传会议文件" }).click();
  const upload = agenda.getByRole("form", { name: "上传会议文件" });
  await expect(upload.getByText("选择文件", { exact: true })).toBeVisible();
  await expect(upload.getByText("未选择文件")).toBeVisible();
  await upload
    .getByLabel("文件", { exact: true })
    .setInputFiles({ name: "议程草案.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n%%EOF\n") });
  await expect(upload.getByText("议程草案.pdf")).toBeVisible();

  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize(PHONE);
  await page.goto(path);
  await expect(jump).toBeVisible();
  await noSidewaysScroll(page, PHONE.width);
  await jump.getByRole("link", { name: "表决" }).click();
  await expect(jump).toBeInViewport();
  await page.screenshot({ path: "test-results/session-ui-session-360.png" });
  await jump.getByRole("link", { name: "签到" }).click();
  await page.screenshot({ path: "test-results/session-ui-sign-in-360.png" });
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize(DESKTOP);
});

test("the suggestion form: co-signers by 小组 with a search, 议案 wording, the success message", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize(PHONE);
  await signInAs(page, E2E_UI_USERS.deputy);
  await page.goto("/suggestions/new");
  const form = page.getByRole("form", { name: "提交建议" });
  await expect(form.getByText("未选择文件")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await form.locator("summary", { hasText: "附议代表（可选，已选 0 名）" }).click();
  const search = form.getByRole("searchbox", { name: "查找附议代表" });
  await search.fill("李");
  const picker = form.locator("details");
  // Grouped under 小组 in natural order (第九 after 第二), each deputy once.
  await expect(picker.locator("fieldset fieldset legend")).toHaveText([...E2E_UI_GROUPS]);
  await expect(picker.getByRole("checkbox")).toHaveCount(4);
  await form.getByLabel("李建国").check();
  await form.getByLabel("李丽华").check();
  await search.fill("郭");
  await expect(picker.locator("fieldset fieldset legend")).toHaveText(["未分组"]);
  await search.fill("王");
  // The lead (王建国, the deputy's own record) is not offered.
  await expect(picker.getByRole("checkbox")).toHaveCount(3);
  await expect(form.getByText("已选：李丽华、李建国")).toBeVisible();
  await expect(form.getByRole("button", { name: "提交建议" })).toBeVisible();

  // 议案: 联名人 and 提交议案.
  await form.getByLabel("议案", { exact: true }).check();
  await expect(form.locator("summary")).toHaveText("联名人（议案须 5 名以上代表联名，已选 2 名）");
  await expect(form.getByRole("button", { name: "提交议案" })).toBeVisible();
  await expect(form.getByRole("button", { name: "提交建议" })).toHaveCount(0);
  await form.getByRole("searchbox", { name: "查找联名人" }).fill("张");
  await form.getByLabel("张建国").check();
  await form.getByLabel("张秀英").check();
  await noSidewaysScroll(page, PHONE.width);
  await page.screenshot({ path: "test-results/session-ui-suggestion-form-360.png", fullPage: true });

  const title = `关于修建镇文化广场的议案 ${Date.now()}`;
  await form.getByLabel("标题").fill(title);
  await form.getByLabel("内容").fill("镇区缺少群众文化活动场所，建议在老粮站旧址修建文化广场。");
  await form.getByLabel("类别").selectOption({ index: 1 });
  await form.getByRole("button", { name: "提交议案" }).click();
  await page.waitForURL(/\/suggestions\/[0-9a-f-]{36}\?submitted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "议案已提交" })).toHaveText(
    "议案已提交，人大办登记后编号；办理进度可在本页查看",
  );
  await expect(page).toHaveTitle(`议案 ${title} · 乡镇人大工作平台`);
  await expectNoSeriousA11yViolations(page);
  await page.setViewportSize(DESKTOP);
  await expectNoSeriousA11yViolations(page);
});

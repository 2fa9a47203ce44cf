import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { E2E_PETITION_USERS as U } from "./petitions-chain-users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The petition handling chain (issue 16, points 2–3) in 信访镇: a letter registered through the petitions API,
// then on the petition's page — the office notifies (受理) and proposes, the chair approves, the office
// transfers to 民政办 and reminds it, the unit opens the case from its inbox (the phone masked) and answers
// with a 信访处理意见书's decision and legal basis, the office closes it.

const STAMP = Date.now().toString(36);
const SUBJECT = `高龄津贴未发放${STAMP}`;
const PHONE = "13912345678";
const SHOTS = process.env.PETITION_SHOTS;
const CHINA = 8 * 3_600_000;
const day = (offset = 0) => new Date(Date.now() + CHINA + offset * 86_400_000).toISOString().slice(0, 10);

const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.locator("#handling").screenshot({ path: `${SHOTS}/${name}.png` });
};

async function signedIn(browser: Browser, username: string, viewport = { width: 1366, height: 768 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

/**
 * Opens the step's form in the panel (a folded one is unfolded), fills it with `fill`, submits it and waits
 * for the API's 200; the page then refreshes to the next steps (the next call waits for its summary).
 */
async function takeStep(page: Page, label: string, fill: (form: Locator) => Promise<unknown> = async () => {}) {
  const panel = page.locator("#handling");
  const summary = panel.locator("summary").filter({ hasText: new RegExp(`^${label}$`) });
  await summary.waitFor();
  const form = panel.getByRole("form", { name: label });
  if (!(await form.isVisible())) await summary.click();
  await fill(form);
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/transitions") && r.request().method() === "POST"),
    form.getByRole("button", { name: label }).click(),
  ]);
  expect(res.status(), await res.text()).toBe(200);
  await expect(summary).toHaveCount(label === "催办" ? 1 : 0);
}

test("notify, propose and approve, transfer, remind, the unit answers from its inbox, close", async ({ browser }) => {
  test.setTimeout(120_000);
  const office = await signedIn(browser, U.office);
  const created = await office.page.request.post("/api/v1/petitions", {
    data: {
      channel: "LETTER",
      receivedOn: day(-3),
      subject: SUBJECT,
      content: "本人年满八十周岁，2025年高龄津贴未发放，请求补发。",
      category: "APPEAL_CLAIM",
      petitioners: [{ name: "王秀兰", phone: PHONE, address: "信访镇幸福村3组" }],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  const path = `/petitions/${id}`;

  await office.page.goto(path);
  await takeStep(office.page, "告知", (f) => f.getByLabel("受理", { exact: true }).check());
  await takeStep(office.page, "拟办", (f) => f.getByLabel("拟办意见").fill("拟交民政办核实，按规定补发"));
  await shot(office.page, "panel-office-1366");

  const chair = await signedIn(browser, U.chair);
  await chair.page.goto(path);
  await takeStep(chair.page, "批办", (f) => f.getByLabel("批示").fill("同意，请民政办抓紧办理"));

  await office.page.reload();
  await takeStep(office.page, "转办", (f) => f.getByLabel("主办单位").selectOption({ label: "民政办" }));
  await takeStep(office.page, "催办", (f) => f.getByLabel("催办情况").fill("电话催办，请本周内回复"));

  const unit = await signedIn(browser, U.unit, { width: 360, height: 780 });
  await unit.page.goto("/inbox?kind=petition");
  await unit.page.getByRole("link", { name: `信访：${SUBJECT}` }).click();
  await unit.page.waitForURL(path);
  await expect(unit.page.getByText(PHONE)).toHaveCount(0);
  await expect(unit.page.locator("#handling")).toContainText("前提出异议");
  await shot(unit.page, "panel-unit-360");
  await expectNoSeriousA11yViolations(unit.page);
  await takeStep(unit.page, "回复办理结果", async (f) => {
    await f.getByLabel("办理结果").fill("经核实，已于本月补发高龄津贴2740元。");
    await f.getByLabel("予以支持").check();
    await f.getByLabel("法律法规依据").fill("《老年人权益保障法》第三十三条");
  });

  await office.page.reload();
  await takeStep(office.page, "办结", (f) => f.getByLabel("信访人满意度").selectOption({ label: "满意" }));
  await expect(office.page.locator("#handling")).toContainText("回访");
  const status = await office.page.request.get(`/api/v1/petitions/${id}/transitions`);
  expect(((await status.json()) as { state: string }).state).toBe("CLOSED");
  for (const c of [office, chair, unit]) await c.context.close();
});

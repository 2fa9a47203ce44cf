import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import {
  accessTargetTitle, E2E_ACCESS_DEPUTIES, E2E_ACCESS_TITLES as T, E2E_ACCESS_USERS, type AccessTarget, type AccessWho,
} from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The access matrix of 代表建议 (issue 6, "Authorization"): every role × every page and every API
// route, in 权限镇 (tests/e2e/accounts.ts). The expectations below are written from the issue's
// rules — a deputy sees what they proposed (others' only once published, without names), a unit
// what is assigned to it, the office, chair and presidium their township — not read from
// lib/auth/permissions.ts. Pages a role may not open show the 404 page; the API answers 401
// signed out, 403 for an action the role may not take, 404 for a record the actor may not see.

type Who = AccessWho | "anonymous";
const WHO: Who[] = ["office", "chair", "presidium", "proposer", "otherDeputy", "leadUnit", "otherUnit", "otherTownship", "anonymous"];
const NOT_FOUND_HEADING = "页面不存在或无权访问";

interface Ids {
  unpublished: string;
  published: string;
  targets: Record<string, string>;
  categoryId: string;
  proposerDeputyId: string;
  /** Whether /suggestions/figures exists yet (the office gets something other than the 404 page). */
  figures: boolean;
}
const target = (ids: Ids, kind: AccessTarget, who: Who) => ids.targets[accessTargetTitle(kind, who)];

// ── Pages ───────────────────────────────────────────────────────────────────

/** What a role sees: the page with this heading (and these texts, and not those), the 404 page, or the sign-in page. */
type Seen = { heading: string; has?: string[]; hasNot?: string[] } | "404" | "login";

/** A detail page: its heading is the suggestion's title, and the full record names the lead proposer. */
const withProposer = (title: string) => ({ heading: title, has: [E2E_ACCESS_DEPUTIES.proposer] });

const PAGES: { name: string; path: (ids: Ids) => string; optional?: boolean; expect: Record<Who, Seen> }[] = [
  {
    name: "the suggestion list",
    path: () => `/suggestions?q=${encodeURIComponent("权限测试：")}`,
    expect: {
      office: { heading: "代表建议", has: [T.unpublished, T.published, T.otherUnit], hasNot: [T.neighbour] },
      chair: { heading: "代表建议", has: [T.unpublished, T.published, T.otherUnit] },
      presidium: { heading: "代表建议", has: [T.unpublished, T.published, T.otherUnit] },
      // "我的建议": what they proposed.
      proposer: { heading: "代表建议", has: ["我的建议", T.unpublished, T.published] },
      otherDeputy: { heading: "代表建议", has: ["您还没有提出建议"], hasNot: [T.unpublished, T.published] },
      // Its inbox ignores the text filter: being handled first, the overdue one on top.
      leadUnit: { heading: "交办给本单位的建议", has: [T.unpublished, T.delayed], hasNot: [T.otherUnit] },
      otherUnit: { heading: "交办给本单位的建议", has: [T.otherUnit], hasNot: [T.unpublished, T.published] },
      otherTownship: { heading: "代表建议", has: [T.neighbour], hasNot: [T.unpublished, T.published] },
      anonymous: "login",
    },
  },
  {
    name: "the new-suggestion form",
    path: () => "/suggestions/new",
    expect: {
      office: { heading: "代为提交建议" },
      chair: "404",
      presidium: "404",
      proposer: { heading: "提交建议" },
      otherDeputy: { heading: "提交建议" },
      leadUnit: "404",
      otherUnit: "404",
      otherTownship: { heading: "代为提交建议" },
      anonymous: "login",
    },
  },
  {
    name: "an unpublished suggestion",
    path: (ids) => `/suggestions/${ids.unpublished}`,
    expect: {
      office: withProposer(T.unpublished),
      chair: withProposer(T.unpublished),
      presidium: withProposer(T.unpublished),
      proposer: withProposer(T.unpublished),
      otherDeputy: "404",
      leadUnit: withProposer(T.unpublished),
      otherUnit: "404",
      otherTownship: "404",
      anonymous: "login",
    },
  },
  {
    name: "a published suggestion",
    path: (ids) => `/suggestions/${ids.published}`,
    expect: {
      office: withProposer(T.published),
      chair: withProposer(T.published),
      presidium: withProposer(T.published),
      proposer: withProposer(T.published),
      // Another deputy reads the published copy and its reply, without the proposer's name.
      otherDeputy: { heading: T.published, has: ["已按建议办理完毕。"], hasNot: [E2E_ACCESS_DEPUTIES.proposer] },
      leadUnit: withProposer(T.published),
      otherUnit: "404",
      otherTownship: "404",
      anonymous: "login",
    },
  },
  {
    name: "the reminder list",
    path: () => "/suggestions/reminders",
    expect: {
      office: { heading: "建议催办", has: [T.unpublished, T.delayed, T.otherUnit, "逾期 3 天", "还剩 6 天", "还剩 2 天"], hasNot: [T.neighbour, T.published] },
      chair: { heading: "建议催办", has: [T.unpublished, T.delayed, T.otherUnit] },
      presidium: { heading: "建议催办", has: [T.unpublished, T.delayed, T.otherUnit] },
      proposer: "404",
      otherDeputy: "404",
      leadUnit: { heading: "建议催办", has: [T.unpublished, T.delayed, "逾期 3 天", "还剩 6 天"], hasNot: [T.otherUnit] },
      otherUnit: { heading: "建议催办", has: [T.otherUnit, "还剩 2 天"], hasNot: [T.unpublished, T.delayed] },
      otherTownship: { heading: "建议催办", has: [T.neighbour, "逾期 5 天"], hasNot: [T.unpublished, T.delayed, T.otherUnit] },
      anonymous: "login",
    },
  },
  {
    // The figures page, once it exists (skipped while the office gets the 404 page there).
    name: "the figures",
    path: () => "/suggestions/figures",
    optional: true,
    expect: {
      office: { heading: "" },
      chair: { heading: "" },
      presidium: { heading: "" },
      proposer: "404",
      otherDeputy: "404",
      leadUnit: "404",
      otherUnit: "404",
      otherTownship: { heading: "" },
      anonymous: "login",
    },
  },
];

// ── API routes ──────────────────────────────────────────────────────────────

type Call = (r: APIRequestContext, ids: Ids, who: Who) => ReturnType<APIRequestContext["get"]>;

const API: { name: string; call: Call; expect: Record<Who, number> }[] = [
  {
    name: "GET /api/v1/suggestions",
    call: (r) => r.get("/api/v1/suggestions"),
    expect: { office: 200, chair: 200, presidium: 200, proposer: 200, otherDeputy: 200, leadUnit: 200, otherUnit: 200, otherTownship: 200, anonymous: 401 },
  },
  {
    name: "POST /api/v1/suggestions",
    // The office names the deputy; a deputy is their own. Another township's office names this township's deputy: not one of its own (400).
    call: (r, ids, who) =>
      r.post("/api/v1/suggestions", {
        data: { title: `权限测试-新建-${who}`, content: "访问控制测试：新建建议。", categoryId: ids.categoryId, ...(who === "office" || who === "otherTownship" ? { deputyId: ids.proposerDeputyId } : {}) },
      }),
    expect: { office: 201, chair: 403, presidium: 403, proposer: 201, otherDeputy: 201, leadUnit: 403, otherUnit: 403, otherTownship: 400, anonymous: 401 },
  },
  {
    name: "GET /api/v1/suggestions/{id} (unpublished)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${ids.unpublished}`),
    expect: { office: 200, chair: 200, presidium: 200, proposer: 200, otherDeputy: 404, leadUnit: 200, otherUnit: 404, otherTownship: 404, anonymous: 401 },
  },
  {
    name: "GET /api/v1/suggestions/{id} (published)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${ids.published}`),
    expect: { office: 200, chair: 200, presidium: 200, proposer: 200, otherDeputy: 200, leadUnit: 200, otherUnit: 404, otherTownship: 404, anonymous: 401 },
  },
  {
    name: "PATCH /api/v1/suggestions/{id} (submitted, before registration)",
    call: (r, ids, who) => r.patch(`/api/v1/suggestions/${target(ids, "patch", who)}`, { data: { title: `权限测试-已修改-${who}`, version: 1 } }),
    expect: { office: 200, chair: 403, presidium: 403, proposer: 200, otherDeputy: 404, leadUnit: 403, otherUnit: 403, otherTownship: 404, anonymous: 401 },
  },
  {
    name: "POST /api/v1/suggestions/{id}/transitions register (the office's step)",
    call: (r, ids, who) => r.post(`/api/v1/suggestions/${target(ids, "register", who)}/transitions`, { data: { action: "register", version: 1 } }),
    expect: { office: 200, chair: 403, presidium: 403, proposer: 403, otherDeputy: 404, leadUnit: 404, otherUnit: 404, otherTownship: 404, anonymous: 401 },
  },
  {
    name: "POST /api/v1/suggestions/{id}/transitions progress (the assigned unit's step)",
    call: (r, ids, who) => r.post(`/api/v1/suggestions/${target(ids, "progress", who)}/transitions`, { data: { action: "progress", version: 1, note: "已现场查看。" } }),
    expect: { office: 403, chair: 403, presidium: 403, proposer: 403, otherDeputy: 404, leadUnit: 200, otherUnit: 404, otherTownship: 404, anonymous: 401 },
  },
  {
    name: "POST /api/v1/suggestions/{id}/rating",
    call: (r, ids, who) => r.post(`/api/v1/suggestions/${target(ids, "rating", who)}/rating`, { data: { rating: "SATISFIED", version: 1 } }),
    expect: { office: 403, chair: 403, presidium: 403, proposer: 200, otherDeputy: 404, leadUnit: 403, otherUnit: 403, otherTownship: 403, anonymous: 401 },
  },
  {
    name: "POST /api/v1/suggestions/sign-off",
    call: (r, ids, who) => r.post("/api/v1/suggestions/sign-off", { data: { ids: [target(ids, "signoff", who)] } }),
    expect: { office: 403, chair: 200, presidium: 403, proposer: 403, otherDeputy: 403, leadUnit: 403, otherUnit: 403, otherTownship: 403, anonymous: 401 },
  },
  {
    name: "GET /api/v1/suggestions/reminders",
    call: (r) => r.get("/api/v1/suggestions/reminders"),
    expect: { office: 200, chair: 200, presidium: 200, proposer: 403, otherDeputy: 403, leadUnit: 200, otherUnit: 200, otherTownship: 200, anonymous: 401 },
  },
];

// ── The seeded records' ids, looked up once as 权限镇's office ──────────────

let ids: Ids | null = null;
async function lookUpIds(browser: Browser): Promise<Ids> {
  if (ids) return ids;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, E2E_ACCESS_USERS.office);
  const res = await page.request.get(`/api/v1/suggestions?q=${encodeURIComponent("权限测试")}&pageSize=100`);
  expect(res.status()).toBe(200);
  const byTitle = Object.fromEntries(((await res.json()) as { items: { id: string; title: string }[] }).items.map((s) => [s.title, s.id]));
  const detail = await (await page.request.get(`/api/v1/suggestions/${byTitle[T.unpublished]}`)).json();
  const figures = (await page.request.get("/suggestions/figures")).status() !== 404;
  await page.goto("/suggestions/new");
  const categoryId = await page.getByLabel("类别").locator("option").nth(1).getAttribute("value");
  await context.close();
  ids = { unpublished: byTitle[T.unpublished], published: byTitle[T.published], targets: byTitle, categoryId: categoryId!, proposerDeputyId: detail.proposers[0].id, figures };
  expect(ids.unpublished && ids.published && ids.categoryId && ids.proposerDeputyId).toBeTruthy();
  return ids;
}

// ── The matrix ──────────────────────────────────────────────────────────────

for (const who of WHO) {
  test.describe(`as ${who}`, () => {
    let page: Page;
    let known: Ids;

    test.beforeAll(async ({ browser }) => {
      known = await lookUpIds(browser);
      page = await browser.newPage();
      if (who !== "anonymous") await signInAs(page, E2E_ACCESS_USERS[who]);
    });
    test.afterAll(async () => page?.close());

    for (const p of PAGES) {
      test(`page: ${p.name}`, async () => {
        const path = p.path(known);
        test.skip(!!p.optional && !known.figures, "the route does not exist yet (the office gets the 404 page)");
        const res = await page.goto(path);
        const seen = p.expect[who];
        if (seen === "login") {
          await expect(page).toHaveURL(/\/login$/);
          await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
          return;
        }
        if (seen === "404") {
          expect(res?.status()).toBe(404);
          await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND_HEADING })).toBeVisible();
          return;
        }
        expect(res?.status()).toBe(200);
        if (seen.heading) await expect(page.getByRole("heading", { level: 1, name: seen.heading, exact: true })).toBeVisible();
        else await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND_HEADING })).toHaveCount(0);
        const main = page.getByRole("main");
        for (const text of seen.has ?? []) await expect(main.getByText(text, { exact: false }).filter({ visible: true }).first()).toBeVisible();
        for (const text of seen.hasNot ?? []) await expect(main.getByText(text, { exact: false })).toHaveCount(0);
      });
    }

    for (const a of API) {
      test(`api: ${a.name}`, async () => {
        const res = await a.call(page.request, known, who);
        expect(res.status(), `${a.name} as ${who}: ${await res.text()}`).toBe(a.expect[who]);
      });
    }
  });
}

// ── Reminder pages: accessibility, and the unit's notices ──────────────────

test("the township's reminder list has no serious accessibility violations and filters by unit and status", async ({ page }) => {
  await signInAs(page, E2E_ACCESS_USERS.office);
  await page.goto("/suggestions/reminders");
  await expect(page.getByRole("link", { name: /逾期 1 件/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /14 天内到期 2 件/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  const filters = page.getByRole("form", { name: "筛选催办" });
  await filters.getByLabel("主办单位").selectOption({ label: "财政所" });
  await filters.getByRole("button", { name: "筛选" }).click();
  const table = page.getByRole("table", { name: /本镇/ });
  await expect(table.getByRole("link")).toHaveText([T.otherUnit]);
  await page.goto("/suggestions/reminders?status=overdue");
  await expect(page.getByRole("table", { name: /本镇/ }).getByRole("link")).toHaveText([T.unpublished]);
});

test.describe("on a 360×740 phone", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("a unit's reminder list and inbox have no serious accessibility violations, do not scroll sideways, and its notices can be marked read", async ({ page }) => {
    await signInAs(page, E2E_ACCESS_USERS.leadUnit);
    await page.goto("/suggestions/reminders");
    await expect(page.getByRole("heading", { level: 1, name: "建议催办" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The inbox: being handled first by due day (the overdue one on top), the counts, and the
    // notices the daily job wrote at start (overdue and due soon).
    await page.goto("/suggestions");
    await expect(page.getByRole("heading", { level: 1, name: "交办给本单位的建议" })).toBeVisible();
    await expect(page.getByRole("list", { name: "交办给本单位的建议" }).getByRole("link").first()).toHaveText(T.unpublished);
    await expect(page.getByRole("link", { name: /逾期 1 件/ })).toBeVisible();
    await expect.poll(async () => (await page.reload(), await page.getByRole("heading", { name: /^通知（\d+ 条未读）$/ }).count()), { timeout: 20_000 }).toBe(1);
    await expect(page.getByRole("link", { name: `建议“${T.unpublished}”已超过办理期限（${await dueText(page)}），请尽快答复` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole("button", { name: "全部标为已读" }).click();
    await expect(page.getByRole("heading", { name: "通知", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "全部标为已读" })).toHaveCount(0);

    // The state filter.
    const filters = page.getByRole("form", { name: "筛选收件箱" });
    await filters.getByLabel("状态").selectOption({ label: "已办结" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByRole("list", { name: "交办给本单位的建议" }).getByRole("link")).toHaveText([T.published]);
  });

  test("a deputy sees their notices on 我的建议 and marks them read", async ({ page }) => {
    await signInAs(page, E2E_ACCESS_USERS.proposer);
    await page.goto("/suggestions");
    await expect(page.getByRole("heading", { name: "通知（1 条未读）" })).toBeVisible();
    await expect(page.getByRole("link", { name: `您的建议“${T.unpublished}”已交办` })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole("button", { name: "全部标为已读" }).click();
    await expect(page.getByRole("heading", { name: "通知", exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "我的建议" })).toBeVisible();
  });
});

/** The overdue suggestion's due day as the reminder list shows it. */
async function dueText(page: Page): Promise<string> {
  const res = await page.request.get("/api/v1/suggestions/reminders?status=overdue");
  return ((await res.json()) as { items: { due: string }[] }).items[0].due;
}

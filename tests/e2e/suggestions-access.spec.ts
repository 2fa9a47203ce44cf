import { expect, test, type APIRequestContext, type APIResponse, type Browser, type Page } from "@playwright/test";
import {
  accessCategoryName,
  accessTargetTitle,
  E2E_ACCESS_CATEGORY,
  E2E_ACCESS_CO_INPUT,
  E2E_ACCESS_DEPUTIES,
  E2E_ACCESS_FILES as F,
  E2E_ACCESS_TITLES as T,
  E2E_ACCESS_UNITS as U,
  E2E_ACCESS_USERS,
  type AccessCategoryTarget,
  type AccessTarget,
  type AccessWho,
} from "./users";
import { expectNoSeriousA11yViolations, signInAs } from "./helpers";

// The access matrix of 代表建议 (issue 6, "Authorization"): every role × every page and every API
// route under /suggestions and /api/v1/suggestions*, in 权限镇 (tests/e2e/accounts.ts). The
// expectations below are written from the issue's rules — a deputy sees what they proposed (others'
// only once published, without names), a unit what is assigned to it, the office, chair and presidium
// their township — not read from lib/auth/permissions.ts. Pages a role may not open show the 404
// page; the API answers 401 signed out, 403 for an action the role may not take, 404 for a record
// the actor may not see.

type Who = AccessWho | "anonymous";
const WHO: Who[] = [
  "office",
  "chair",
  "presidium",
  "proposer",
  "otherDeputy",
  "leadUnit",
  "otherUnit",
  "otherTownship",
  "anonymous",
];
const NOT_FOUND_HEADING = "页面不存在或无权访问";

interface Ids {
  /** Every seeded suggestion of 权限镇 by title. */
  byTitle: Record<string, string>;
  /** The first active category, for new suggestions. */
  categoryId: string;
  proposerDeputyId: string;
  /** The seeded files by E2E_ACCESS_FILES key (the "detach" ones in `detach`). */
  files: Record<"own" | "reply" | "delay" | "submitted", string>;
  /** The file on each account's "detach" suggestion. */
  detach: Record<string, string>;
  /** 权限镇's categories by name. */
  categories: Record<string, string>;
}
const idOf = (ids: Ids, title: string) => {
  const id = ids.byTitle[title];
  if (!id) throw new Error(`no seeded suggestion “${title}”`);
  return id;
};
const target = (ids: Ids, kind: AccessTarget, who: Who) => idOf(ids, accessTargetTitle(kind, who));
const categoryTarget = (ids: Ids, kind: AccessCategoryTarget, who: Who) =>
  ids.categories[accessCategoryName(kind, who)];

/** Today in China: the figures' and exports' default year and half-year. */
const chinaToday = new Date(Date.now() + 8 * 3600_000);
const YEAR = chinaToday.getUTCFullYear();
const HALF = chinaToday.getUTCMonth() < 6 ? 1 : 2;

// ── Pages ───────────────────────────────────────────────────────────────────

/**
 * What a role sees: the page with this heading (and these texts, and not those; these buttons, and
 * not those), the 404 page, or the sign-in page.
 */
type Seen =
  { heading: string; has?: string[]; hasNot?: string[]; buttons?: string[]; noButtons?: string[] } | "404" | "login";

/** A detail page: its heading is the suggestion's title, and the full record names the lead proposer. */
const withProposer = (
  title: string,
  more: { has?: string[]; hasNot?: string[]; buttons?: string[]; noButtons?: string[] } = {},
) => ({
  ...more,
  heading: title,
  has: [E2E_ACCESS_DEPUTIES.proposer, ...(more.has ?? [])],
});

/** The proposer's and the office's controls for the suggestion's own files while it is still editable. */
const FILE_CONTROLS = ["上传附件", `删除 ${F.submitted}`];
/** The disclosure export is offered on the figures page to those who may download it. */
const DISCLOSURE = "导出 Excel";
const REPORT = "办理情况报告（Word）";

const PAGES: { name: string; path: (ids: Ids) => string; expect: Record<Who, Seen> }[] = [
  {
    name: "the suggestion list",
    path: () => `/suggestions?q=${encodeURIComponent("权限测试：")}`,
    expect: {
      office: {
        heading: "代表建议",
        has: [T.unpublished, T.published, T.otherUnit, "办理统计", "管理类别", "代为提交建议"],
        hasNot: [T.neighbour],
      },
      chair: {
        heading: "代表建议",
        has: [T.unpublished, T.published, T.otherUnit, "办理统计"],
        hasNot: ["管理类别", "代为提交建议"],
      },
      presidium: {
        heading: "代表建议",
        has: [T.unpublished, T.published, T.otherUnit, "办理统计"],
        hasNot: ["管理类别", "代为提交建议"],
      },
      // "我的建议": what they proposed.
      proposer: {
        heading: "代表建议",
        has: ["我的建议", T.unpublished, T.published],
        hasNot: ["办理统计", "管理类别"],
      },
      otherDeputy: { heading: "代表建议", has: ["您还没有提出建议"], hasNot: [T.unpublished, T.published] },
      // Its inbox ignores the text filter: being handled first, the overdue one on top.
      leadUnit: { heading: "交办给本单位的建议", has: [T.unpublished, T.delayed], hasNot: [T.otherUnit, "办理统计"] },
      // A co-unit's assignments are in its inbox too, with the input it still owes.
      otherUnit: {
        heading: "交办给本单位的建议",
        has: [T.otherUnit, T.coInput, "待向主办单位提交协办意见"],
        hasNot: [T.unpublished, T.published],
      },
      otherTownship: { heading: "代表建议", has: [T.neighbour, "管理类别"], hasNot: [T.unpublished, T.published] },
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
    path: (ids) => `/suggestions/${idOf(ids, T.unpublished)}`,
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
    // With its own file, a delay notice's and the reply's: the full record lists all three.
    name: "a published suggestion and its files",
    path: (ids) => `/suggestions/${idOf(ids, T.published)}`,
    expect: {
      office: withProposer(T.published, { has: [F.own, F.delay, F.reply] }),
      chair: withProposer(T.published, { has: [F.own, F.delay, F.reply] }),
      presidium: withProposer(T.published, { has: [F.own, F.delay, F.reply] }),
      proposer: withProposer(T.published, { has: [F.own, F.delay, F.reply] }),
      // Another deputy reads the published copy, its reply and the reply's file — not the proposer's
      // name, the proposer's own file, or the delay notice and its file.
      otherDeputy: {
        heading: T.published,
        has: ["已按建议办理完毕。", F.reply],
        hasNot: [E2E_ACCESS_DEPUTIES.proposer, F.own, F.delay, "需协调资金"],
      },
      leadUnit: withProposer(T.published, { has: [F.own, F.delay, F.reply] }),
      otherUnit: "404",
      otherTownship: "404",
      anonymous: "login",
    },
  },
  {
    // Submitted, not yet registered: the lead proposer and the office may still add and remove its files.
    name: "a submitted suggestion and its file controls",
    path: (ids) => `/suggestions/${idOf(ids, T.submitted)}`,
    expect: {
      office: withProposer(T.submitted, { has: [F.submitted], buttons: FILE_CONTROLS }),
      chair: withProposer(T.submitted, { has: [F.submitted], noButtons: FILE_CONTROLS }),
      presidium: withProposer(T.submitted, { has: [F.submitted], noButtons: FILE_CONTROLS }),
      proposer: withProposer(T.submitted, { has: [F.submitted], buttons: FILE_CONTROLS }),
      otherDeputy: "404",
      // Not assigned to any unit yet.
      leadUnit: "404",
      otherUnit: "404",
      otherTownship: "404",
      anonymous: "login",
    },
  },
  {
    // 交通办 leads, 财政所 (the "other unit" here) is the co-unit and has sent its input.
    name: "a suggestion with a co-unit's input",
    path: (ids) => `/suggestions/${idOf(ids, T.coInput)}`,
    expect: {
      office: withProposer(T.coInput, { has: [E2E_ACCESS_CO_INPUT] }),
      chair: withProposer(T.coInput, { has: [E2E_ACCESS_CO_INPUT] }),
      presidium: withProposer(T.coInput, { has: [E2E_ACCESS_CO_INPUT] }),
      // The input is working material between the units: the proposer reads the record without it.
      proposer: withProposer(T.coInput, { hasNot: [E2E_ACCESS_CO_INPUT] }),
      otherDeputy: "404",
      leadUnit: withProposer(T.coInput, { has: [E2E_ACCESS_CO_INPUT] }),
      otherUnit: withProposer(T.coInput, { has: [E2E_ACCESS_CO_INPUT] }),
      otherTownship: "404",
      anonymous: "login",
    },
  },
  {
    name: "a deputy's draft",
    path: (ids) => `/suggestions/${idOf(ids, T.draft)}`,
    expect: {
      // A draft is the deputy's own until submitted (the office sees only drafts it wrote itself).
      office: "404",
      chair: "404",
      presidium: "404",
      proposer: withProposer(T.draft),
      otherDeputy: "404",
      leadUnit: "404",
      otherUnit: "404",
      otherTownship: "404",
      anonymous: "login",
    },
  },
  {
    name: "the reminder list",
    path: () => "/suggestions/reminders",
    expect: {
      office: {
        heading: "建议催办",
        has: [T.unpublished, T.delayed, T.otherUnit, "逾期 3 天", "还剩 6 天", "还剩 2 天"],
        hasNot: [T.neighbour, T.published],
      },
      chair: { heading: "建议催办", has: [T.unpublished, T.delayed, T.otherUnit] },
      presidium: { heading: "建议催办", has: [T.unpublished, T.delayed, T.otherUnit] },
      proposer: "404",
      otherDeputy: "404",
      leadUnit: {
        heading: "建议催办",
        has: [T.unpublished, T.delayed, "逾期 3 天", "还剩 6 天"],
        hasNot: [T.otherUnit],
      },
      otherUnit: { heading: "建议催办", has: [T.otherUnit, "还剩 2 天"], hasNot: [T.unpublished, T.delayed] },
      otherTownship: {
        heading: "建议催办",
        has: [T.neighbour, "逾期 5 天"],
        hasNot: [T.unpublished, T.delayed, T.otherUnit],
      },
      anonymous: "login",
    },
  },
  {
    // The lead units of the year's suggestions, and the downloads each role may take.
    name: "the figures",
    path: () => "/suggestions/figures",
    expect: {
      office: { heading: "建议办理统计", has: [U.lead, U.other, REPORT, DISCLOSURE], hasNot: [U.neighbour] },
      chair: { heading: "建议办理统计", has: [U.lead, U.other, REPORT, DISCLOSURE], hasNot: [U.neighbour] },
      presidium: { heading: "建议办理统计", has: [U.lead, U.other, REPORT, DISCLOSURE], hasNot: [U.neighbour] },
      proposer: "404",
      otherDeputy: "404",
      leadUnit: "404",
      otherUnit: "404",
      otherTownship: { heading: "建议办理统计", has: [U.neighbour, REPORT, DISCLOSURE], hasNot: [U.lead, U.other] },
      anonymous: "login",
    },
  },
  {
    name: "the category list",
    path: () => "/suggestions/categories",
    expect: {
      office: { heading: "建议类别", has: ["经济建设", E2E_ACCESS_CATEGORY] },
      chair: "404",
      presidium: "404",
      proposer: "404",
      otherDeputy: "404",
      leadUnit: "404",
      otherUnit: "404",
      // Its own township's list: the documents' categories, none of 权限镇's own.
      otherTownship: { heading: "建议类别", has: ["经济建设"], hasNot: ["权限测试类别"] },
      anonymous: "login",
    },
  },
];

// ── API routes ──────────────────────────────────────────────────────────────

type Call = (r: APIRequestContext, ids: Ids, who: Who) => Promise<APIResponse>;
/** Texts the JSON answer must (not) contain, per role — for the lists, where what is in them is the point. */
type Contents = Partial<Record<Who, { has?: string[]; hasNot?: string[] }>>;

const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`),
});

const API: { name: string; call: Call; expect: Record<Who, number>; contents?: Contents }[] = [
  {
    name: "GET /api/v1/suggestions",
    call: (r) => r.get(`/api/v1/suggestions?q=${encodeURIComponent("权限测试：")}&pageSize=100`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 200,
      leadUnit: 200,
      otherUnit: 200,
      otherTownship: 200,
      anonymous: 401,
    },
    contents: {
      office: { has: [T.unpublished, T.published, T.submitted, T.otherUnit], hasNot: [T.neighbour, T.draft] },
      presidium: { has: [T.unpublished, T.published, T.submitted, T.otherUnit], hasNot: [T.neighbour, T.draft] },
      proposer: { has: [T.unpublished, T.published, T.submitted, T.draft] },
      // The published one only, without its proposer's name.
      otherDeputy: { has: [T.published], hasNot: [T.unpublished, T.submitted, T.draft, E2E_ACCESS_DEPUTIES.proposer] },
      leadUnit: { has: [T.unpublished, T.published, T.coInput], hasNot: [T.otherUnit, T.submitted, T.draft] },
      otherUnit: { has: [T.otherUnit, T.coInput], hasNot: [T.unpublished, T.published, T.submitted] },
      otherTownship: { has: [T.neighbour], hasNot: [T.unpublished, T.published] },
    },
  },
  {
    name: "POST /api/v1/suggestions",
    // The office names the deputy; a deputy is their own. Another township's office names this township's deputy: not one of its own (400).
    call: (r, ids, who) =>
      r.post("/api/v1/suggestions", {
        data: {
          title: `权限测试-新建-${who}`,
          content: "访问控制测试：新建建议。",
          categoryId: ids.categoryId,
          ...(who === "office" || who === "otherTownship" ? { deputyId: ids.proposerDeputyId } : {}),
        },
      }),
    expect: {
      office: 201,
      chair: 403,
      presidium: 403,
      proposer: 201,
      otherDeputy: 201,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 400,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/{id} (unpublished)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.unpublished)}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/{id} (published)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.published)}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 200,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
    contents: { otherDeputy: { has: ["已按建议办理完毕。"], hasNot: [E2E_ACCESS_DEPUTIES.proposer, "需协调资金"] } },
  },
  {
    name: "GET /api/v1/suggestions/{id} (with a co-unit's input)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.coInput)}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 200,
      otherUnit: 200,
      otherTownship: 404,
      anonymous: 401,
    },
    contents: {
      office: { has: [E2E_ACCESS_CO_INPUT] },
      leadUnit: { has: [E2E_ACCESS_CO_INPUT] },
      otherUnit: { has: [E2E_ACCESS_CO_INPUT] },
      proposer: { hasNot: [E2E_ACCESS_CO_INPUT] },
    },
  },
  {
    name: "PATCH /api/v1/suggestions/{id} (submitted, before registration)",
    call: (r, ids, who) =>
      r.patch(`/api/v1/suggestions/${target(ids, "patch", who)}`, {
        data: { title: `权限测试-已修改-${who}`, version: 1 },
      }),
    expect: {
      office: 200,
      chair: 403,
      presidium: 403,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/v1/suggestions/{id}/transitions register (the office's step)",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "register", who)}/transitions`, {
        data: { action: "register", version: 1 },
      }),
    expect: {
      office: 200,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 404,
      leadUnit: 404,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    // The presidium's decision on a motion, recorded by the office or the chair.
    name: "POST /api/v1/suggestions/{id}/transitions decide_motion (office or chair)",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "motion", who)}/transitions`, {
        data: { action: "decide_motion", version: 1, decision: "HANDLE_AS_SUGGESTION" },
      }),
    expect: {
      office: 200,
      chair: 200,
      presidium: 403,
      proposer: 403,
      otherDeputy: 404,
      leadUnit: 404,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/v1/suggestions/{id}/transitions progress (the assigned unit's step)",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "progress", who)}/transitions`, {
        data: { action: "progress", version: 1, note: "已现场查看。" },
      }),
    expect: {
      office: 403,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 404,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    // 交通办 leads, 财政所 (otherUnit) is the co-unit: only the co-unit sends input; the office may key a
    // co-unit's paper input in (代录), but must say which unit's (400 without it).
    name: "POST /api/v1/suggestions/{id}/transitions co_input (the co-unit's step)",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "co_input", who)}/transitions`, {
        data: { action: "co_input", version: 1, note: "财政所意见：同意主办单位的方案。" },
      }),
    expect: {
      office: 400,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 404,
      leadUnit: 403,
      otherUnit: 200,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    // Same shape: only the lead unit replies (the office may key its paper reply in, 代录); the co-unit
    // sees it but may not.
    name: "POST /api/v1/suggestions/{id}/transitions reply (the lead unit's step)",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "reply", who)}/transitions`, {
        data: { action: "reply", version: 1, replyClass: "B", note: "已列入明年计划。" },
      }),
    expect: {
      office: 200,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 404,
      leadUnit: 200,
      otherUnit: 403,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/v1/suggestions/{id}/rating",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "rating", who)}/rating`, { data: { rating: "SATISFIED", version: 1 } }),
    expect: {
      office: 200,
      chair: 403,
      presidium: 403,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/v1/suggestions/sign-off",
    call: (r, ids, who) => r.post("/api/v1/suggestions/sign-off", { data: { ids: [target(ids, "signoff", who)] } }),
    expect: {
      office: 403,
      chair: 200,
      presidium: 403,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 403,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/reminders",
    call: (r) => r.get("/api/v1/suggestions/reminders"),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 200,
      otherUnit: 200,
      otherTownship: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/inbox",
    call: (r) => r.get("/api/v1/suggestions/inbox"),
    expect: {
      office: 403,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 200,
      otherUnit: 200,
      otherTownship: 403,
      anonymous: 401,
    },
    contents: {
      leadUnit: { has: [T.unpublished], hasNot: [T.otherUnit] },
      otherUnit: { has: [T.otherUnit, T.coInput], hasNot: [T.unpublished] },
    },
  },
  {
    name: "GET /api/v1/suggestions/figures",
    call: (r) => r.get(`/api/v1/suggestions/figures?year=${YEAR}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 200,
      anonymous: 401,
    },
    contents: {
      office: { has: [U.lead, U.other], hasNot: [U.neighbour] },
      otherTownship: { has: [U.neighbour], hasNot: [U.lead, U.other] },
    },
  },
  {
    name: "GET /api/v1/suggestions/disclosure (xlsx)",
    call: (r) => r.get(`/api/v1/suggestions/disclosure?year=${YEAR}&half=${HALF}&format=xlsx`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/disclosure (docx)",
    call: (r) => r.get(`/api/v1/suggestions/disclosure?year=${YEAR}&half=${HALF}&format=docx`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 200,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/report",
    call: (r) => r.get(`/api/v1/suggestions/report?year=${YEAR}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 200,
      anonymous: 401,
    },
  },
  {
    // The published suggestion's files: another deputy is listed only the reply's.
    name: "GET /api/v1/suggestions/{id}/attachments (published)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.published)}/attachments`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 200,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
    contents: {
      office: { has: [F.own, F.delay, F.reply] },
      proposer: { has: [F.own, F.delay, F.reply] },
      leadUnit: { has: [F.own, F.delay, F.reply] },
      otherDeputy: { has: [F.reply], hasNot: [F.own, F.delay] },
    },
  },
  {
    name: "GET /api/v1/suggestions/{id}/attachments (submitted)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.submitted)}/attachments`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 404,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
    contents: { office: { has: [F.submitted] }, chair: { has: [F.submitted] }, proposer: { has: [F.submitted] } },
  },
  {
    name: "GET /api/v1/suggestions/{id}/attachments/{attachmentId} (the published suggestion's own file)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.published)}/attachments/${ids.files.own}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/{id}/attachments/{attachmentId} (the published reply's file)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.published)}/attachments/${ids.files.reply}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 200,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/{id}/attachments/{attachmentId} (the delay notice's file)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.published)}/attachments/${ids.files.delay}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 200,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "GET /api/v1/suggestions/{id}/attachments/{attachmentId} (a submitted suggestion's file)",
    call: (r, ids) => r.get(`/api/v1/suggestions/${idOf(ids, T.submitted)}/attachments/${ids.files.submitted}`),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 404,
      leadUnit: 404,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "POST /api/v1/suggestions/{id}/attachments (submitted: lead proposer or office)",
    call: (r, ids, who) =>
      r.post(`/api/v1/suggestions/${target(ids, "attach", who)}/attachments`, {
        multipart: { attachments: pdf(`权限测试-新增-${who}.pdf`) },
      }),
    expect: {
      office: 201,
      chair: 403,
      presidium: 403,
      proposer: 201,
      otherDeputy: 404,
      leadUnit: 404,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "DELETE /api/v1/suggestions/{id}/attachments/{attachmentId} (submitted: lead proposer or office)",
    call: (r, ids, who) => r.delete(`/api/v1/suggestions/${target(ids, "detach", who)}/attachments/${ids.detach[who]}`),
    expect: {
      office: 204,
      chair: 403,
      presidium: 403,
      proposer: 204,
      otherDeputy: 404,
      leadUnit: 404,
      otherUnit: 404,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    // Read by whoever submits or filters suggestions; units do neither.
    name: "GET /api/v1/suggestion-categories",
    call: (r) => r.get("/api/v1/suggestion-categories"),
    expect: {
      office: 200,
      chair: 200,
      presidium: 200,
      proposer: 200,
      otherDeputy: 200,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 200,
      anonymous: 401,
    },
    contents: {
      office: { has: [E2E_ACCESS_CATEGORY] },
      proposer: { has: [E2E_ACCESS_CATEGORY] },
      otherTownship: { has: ["经济建设"], hasNot: ["权限测试类别"] },
    },
  },
  {
    // Another township's office adds to its own list.
    name: "POST /api/v1/suggestion-categories",
    call: (r, ids, who) => r.post("/api/v1/suggestion-categories", { data: { name: `权限新建类别-${who}` } }),
    expect: {
      office: 201,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 201,
      anonymous: 401,
    },
  },
  {
    name: "PATCH /api/v1/suggestion-categories/{id}",
    call: (r, ids, who) =>
      r.patch(`/api/v1/suggestion-categories/${categoryTarget(ids, "patch", who)}`, {
        data: { version: 1, name: `权限改名类别-${who}` },
      }),
    expect: {
      office: 200,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 404,
      anonymous: 401,
    },
  },
  {
    name: "DELETE /api/v1/suggestion-categories/{id} (unused)",
    call: (r, ids, who) => r.delete(`/api/v1/suggestion-categories/${categoryTarget(ids, "delete", who)}`),
    expect: {
      office: 204,
      chair: 403,
      presidium: 403,
      proposer: 403,
      otherDeputy: 403,
      leadUnit: 403,
      otherUnit: 403,
      otherTownship: 404,
      anonymous: 401,
    },
  },
];

// ── The seeded records' ids, looked up once as 权限镇's office (the draft as its proposer) ──

let ids: Ids | null = null;
async function lookUpIds(browser: Browser): Promise<Ids> {
  if (ids) return ids;
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, E2E_ACCESS_USERS.office);
  const get = async <T>(url: string): Promise<T> => {
    const res = await page.request.get(url);
    expect(res.status(), url).toBe(200);
    return (await res.json()) as T;
  };
  const byTitle: Record<string, string> = {};
  for (let p = 1; ; p++) {
    const list = await get<{ items: { id: string; title: string }[] }>(
      `/api/v1/suggestions?q=${encodeURIComponent("权限测试")}&pageSize=100&page=${p}`,
    );
    for (const s of list.items) byTitle[s.title] = s.id;
    if (list.items.length < 100) break;
  }
  // A draft is its proposer's own: only the proposer can look it up.
  const proposerContext = await browser.newContext();
  const proposerPage = await proposerContext.newPage();
  await signInAs(proposerPage, E2E_ACCESS_USERS.proposer);
  const mine = await proposerPage.request.get(
    `/api/v1/suggestions?mine=true&q=${encodeURIComponent("权限测试")}&pageSize=100`,
  );
  expect(mine.status()).toBe(200);
  for (const s of ((await mine.json()) as { items: { id: string; title: string }[] }).items) byTitle[s.title] ??= s.id;
  await proposerContext.close();
  const filesOf = async (title: string) =>
    Object.fromEntries(
      (
        await get<{ items: { id: string; filename: string }[] }>(`/api/v1/suggestions/${byTitle[title]}/attachments`)
      ).items.map((a) => [a.filename, a.id]),
    );
  const published = await filesOf(T.published);
  const submitted = await filesOf(T.submitted);
  const detach: Record<string, string> = {};
  for (const who of WHO) detach[who] = (await filesOf(accessTargetTitle("detach", who)))[F.detach];
  const categories = Object.fromEntries(
    (await get<{ items: { id: string; name: string }[] }>("/api/v1/suggestion-categories")).items.map((c) => [
      c.name,
      c.id,
    ]),
  );
  const detail = await get<{ proposers: { id: string }[] }>(`/api/v1/suggestions/${byTitle[T.unpublished]}`);
  await page.goto("/suggestions/new");
  const categoryId = await page.getByLabel("类别").locator("option").nth(1).getAttribute("value");
  await context.close();
  ids = {
    byTitle,
    categoryId: categoryId!,
    proposerDeputyId: detail.proposers[0].id,
    files: {
      own: published[F.own],
      reply: published[F.reply],
      delay: published[F.delay],
      submitted: submitted[F.submitted],
    },
    detach,
    categories,
  };
  // Not the files to delete: a rerun after a failure finds those of the roles already done deleted.
  expect(ids.categoryId && ids.proposerDeputyId && Object.values(ids.files).every(Boolean)).toBeTruthy();
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
        const seen = p.expect[who];
        const res = await page.goto(p.path(known));
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
        await expect(page.getByRole("heading", { level: 1, name: seen.heading, exact: true })).toBeVisible();
        const main = page.getByRole("main");
        for (const text of seen.has ?? [])
          await expect(main.getByText(text, { exact: false }).filter({ visible: true }).first(), text).toBeVisible();
        for (const text of seen.hasNot ?? []) await expect(main.getByText(text, { exact: false }), text).toHaveCount(0);
        for (const name of seen.buttons ?? [])
          await expect(main.getByRole("button", { name, exact: true }), name).toBeVisible();
        for (const name of seen.noButtons ?? [])
          await expect(main.getByRole("button", { name, exact: true }), name).toHaveCount(0);
      });
    }

    for (const a of API) {
      test(`api: ${a.name}`, async () => {
        const status = a.expect[who];
        const res = await a.call(page.request, known, who);
        const type = res.headers()["content-type"] ?? "";
        const text = type.includes("json") ? await res.text() : `(${type}, ${(await res.body()).length} bytes)`;
        expect(res.status(), `${a.name} as ${who}: ${text}`).toBe(status);
        const contents = a.contents?.[who];
        for (const t of contents?.has ?? []) expect(text, `${a.name} as ${who} lists “${t}”`).toContain(t);
        for (const t of contents?.hasNot ?? [])
          expect(text, `${a.name} as ${who} does not list “${t}”`).not.toContain(t);
      });
    }
  });
}

// ── Reminder pages: accessibility, and the unit's notices ──────────────────

test("the township's reminder list has no serious accessibility violations and filters by unit and status", async ({
  page,
}) => {
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

  test("a unit's reminder list and inbox have no serious accessibility violations, do not scroll sideways, and its notices can be marked read", async ({
    page,
  }) => {
    await signInAs(page, E2E_ACCESS_USERS.leadUnit);
    await page.goto("/suggestions/reminders");
    await expect(page.getByRole("heading", { level: 1, name: "建议催办" })).toBeVisible();
    await expectNoSeriousA11yViolations(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The inbox: being handled first by due day (the overdue one on top), the counts, and the
    // notices the daily job wrote at start (overdue and due soon).
    await page.goto("/suggestions");
    await expect(page.getByRole("heading", { level: 1, name: "交办给本单位的建议" })).toBeVisible();
    await expect(page.getByRole("list", { name: "交办给本单位的建议" }).getByRole("link").first()).toHaveText(
      T.unpublished,
    );
    await expect(page.getByRole("link", { name: /逾期 1 件/ })).toBeVisible();
    await expect
      .poll(
        async () => (await page.reload(), await page.getByRole("heading", { name: /^通知（\d+ 条未读）$/ }).count()),
        { timeout: 20_000 },
      )
      .toBe(1);
    await expect(
      page.getByRole("link", { name: `建议“${T.unpublished}”已超过办理期限（${await dueText(page)}），请尽快答复` }),
    ).toBeVisible();
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
    // The seeded notice, and those the matrix's writes sent (the lead unit's reply cell: 已答复，请评价).
    await expect(page.getByRole("heading", { name: /^通知（\d+ 条未读）$/ })).toBeVisible();
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

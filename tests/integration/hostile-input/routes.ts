// Every write route of app/api/v1 with a valid request in the world of world.ts. write-routes.test.ts
// checks this list against the route files, so a new write route cannot be left out.
import { NextRequest } from "next/server";
import * as categories from "@/app/api/v1/suggestion-categories/route";
import * as constituencies from "@/app/api/v1/constituencies/route";
import * as constituency from "@/app/api/v1/constituencies/[id]/route";
import * as category from "@/app/api/v1/suggestion-categories/[id]/route";
import * as users from "@/app/api/v1/users/route";
import * as user from "@/app/api/v1/users/[id]/route";
import * as resetPassword from "@/app/api/v1/users/[id]/reset-password/route";
import * as unlock from "@/app/api/v1/users/[id]/unlock/route";
import * as userCorrections from "@/app/api/v1/users/[id]/corrections/route";
import * as calendarOverrides from "@/app/api/v1/calendar/overrides/route";
import * as calendarOverride from "@/app/api/v1/calendar/overrides/[date]/route";
import * as deputies from "@/app/api/v1/deputies/route";
import * as deputy from "@/app/api/v1/deputies/[id]/route";
import * as photo from "@/app/api/v1/deputies/[id]/photo/route";
import * as deputyStatus from "@/app/api/v1/deputies/[id]/status/route";
import * as statusCorrections from "@/app/api/v1/deputies/[id]/status-corrections/route";
import * as deputyImport from "@/app/api/v1/deputies/import/route";
import * as presidiumLinks from "@/app/api/v1/presidium-links/[memberId]/route";
import * as units from "@/app/api/v1/units/route";
import * as unit from "@/app/api/v1/units/[id]/route";
import * as unitCorrections from "@/app/api/v1/units/[id]/corrections/route";
import * as password from "@/app/api/v1/me/password/route";
import * as notifications from "@/app/api/v1/notifications/route";
import * as sessions from "@/app/api/v1/sessions/route";
import * as session from "@/app/api/v1/sessions/[id]/route";
import * as attendance from "@/app/api/v1/sessions/[id]/attendance/route";
import * as agenda from "@/app/api/v1/sessions/[id]/agenda/route";
import * as agendaItem from "@/app/api/v1/sessions/[id]/agenda/[itemId]/route";
import * as checklist from "@/app/api/v1/sessions/[id]/checklist/[itemId]/route";
import * as sessionTransitions from "@/app/api/v1/sessions/[id]/transitions/route";
import * as sessionCorrections from "@/app/api/v1/sessions/[id]/corrections/route";
import * as elections from "@/app/api/v1/sessions/[id]/elections/route";
import * as rounds from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/route";
import * as votes from "@/app/api/v1/sessions/[id]/votes/route";
import * as voteCorrection from "@/app/api/v1/sessions/[id]/votes/[voteId]/correction/route";
import * as voteRevocation from "@/app/api/v1/sessions/[id]/votes/[voteId]/revocation/route";
import * as roundCorrection from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/[roundId]/correction/route";
import * as roundRevocation from "@/app/api/v1/sessions/[id]/elections/[electionId]/rounds/[roundId]/revocation/route";
import * as nominees from "@/app/api/v1/sessions/[id]/elections/[electionId]/nominees/route";
import * as deferral from "@/app/api/v1/sessions/[id]/elections/[electionId]/deferral/route";
import * as documents from "@/app/api/v1/sessions/[id]/documents/route";
import * as document from "@/app/api/v1/sessions/[id]/documents/[docId]/route";
import * as suggestions from "@/app/api/v1/suggestions/route";
import * as suggestion from "@/app/api/v1/suggestions/[id]/route";
import * as transitions from "@/app/api/v1/suggestions/[id]/transitions/route";
import * as rating from "@/app/api/v1/suggestions/[id]/rating/route";
import * as contacts from "@/app/api/v1/suggestions/[id]/contacts/route";
import * as attachments from "@/app/api/v1/suggestions/[id]/attachments/route";
import * as attachment from "@/app/api/v1/suggestions/[id]/attachments/[attachmentId]/route";
import * as signOff from "@/app/api/v1/suggestions/sign-off/route";
import * as checklistTemplate from "@/app/api/v1/checklist-template/route";
import * as terms from "@/app/api/v1/terms/route";
import * as presidiumMeetings from "@/app/api/v1/presidium-meetings/route";
import * as meetingCorrections from "@/app/api/v1/presidium-meetings/[id]/corrections/route";
import * as groups from "@/app/api/v1/groups/route";
import * as group from "@/app/api/v1/groups/[id]/route";
import * as groupChecks from "@/app/api/v1/groups/[id]/checks/route";
import { TEST_ORIGIN, TEST_PASSWORD } from "@/tests/factories";
import type { World } from "./world";
import { SUPERVISION_WRITE_CASES } from "./supervision-routes";
import { RECEPTION_WRITE_CASES } from "./reception-routes";
import { DEPUTY_RECORD_WRITE_CASES } from "./deputy-record-routes";
import { DUTIES_WRITE_CASES } from "./duties-routes";
import { PETITION_WRITE_CASES } from "./petition-routes";
import { PETITION_CHAIN_WRITE_CASES } from "./petition-chain-routes";
import { TRAINING_WRITE_CASES } from "./training-routes";
import { WORK_PLAN_WRITE_CASES } from "./work-plan-routes";
import { DOCUMENTS_WRITE_CASES } from "./documents-routes";

type Json = Record<string, unknown>;
type Handler = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;
/** How the body travels: JSON, a multipart form of text fields beside a file, a CSV roster, or none. */
type Carrier = "json" | "document" | "csv" | "none";

export interface WriteCase {
  /** `METHOD dir`, dir relative to app/api/v1 as on disk, e.g. `POST users/[id]/reset-password`. */
  key: string;
  handler: Handler;
  cookie: (w: World) => string;
  params: (w: World) => Record<string, string>;
  body: (w: World) => Json;
  carrier?: Carrier;
  /** What the unspoiled request may answer, when not the usual (an upload route sent no file: 400). */
  baseStatus?: number[];
  /** Send the unspoiled request first: a spoiled one that was still valid would make it a duplicate. */
  baseFirst?: boolean;
}

const NIL = "00000000-0000-4000-8000-000000000000";
const none = () => ({});
const office = (w: World) => w.office;

const DEPUTY = {
  name: "王小明",
  gender: "MALE",
  birthDate: "1975-03-02",
  ethnicity: "汉族",
  party: "群众",
  education: "高中",
  occupation: "农民",
  workUnit: "青山村",
  phone: "13800000000",
  address: "青山村三组",
  constituency: "第二选区",
  levels: ["TOWNSHIP"],
  startDate: "2026-09-01",
};

export const WRITE_CASES: WriteCase[] = [
  {
    key: "POST users/[id]/unlock",
    handler: unlock.POST,
    cookie: office,
    params: (w) => ({ id: w.otherUser.id }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST calendar/overrides",
    handler: calendarOverrides.POST,
    cookie: office,
    params: none,
    body: () => ({ date: "2026-10-09", kind: "HOLIDAY", note: "国庆节" }),
  },
  {
    key: "DELETE calendar/overrides/[date]",
    handler: calendarOverride.DELETE,
    cookie: office,
    params: () => ({ date: "2026-10-10" }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST constituencies",
    handler: constituencies.POST,
    cookie: office,
    params: none,
    body: () => ({ name: "第四选区", description: "青山村、石桥村", voterCount: 1200 }),
  },
  {
    key: "PATCH constituencies/[id]",
    handler: constituency.PATCH,
    cookie: office,
    params: (w) => ({ id: w.constituency.id }),
    body: () => ({ name: "第三选区（改）", description: "河口村", voterCount: 800, version: 1 }),
  },
  {
    key: "DELETE constituencies/[id]",
    handler: constituency.DELETE,
    cookie: office,
    params: () => ({ id: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST suggestion-categories",
    handler: categories.POST,
    cookie: office,
    params: none,
    body: () => ({ name: "新类别" }),
  },
  {
    key: "PATCH suggestion-categories/[id]",
    handler: category.PATCH,
    cookie: office,
    params: (w) => ({ id: w.category.id }),
    body: () => ({ name: "改名类别", version: 1 }),
  },
  {
    key: "DELETE suggestion-categories/[id]",
    handler: category.DELETE,
    cookie: office,
    params: () => ({ id: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST users",
    handler: users.POST,
    cookie: office,
    params: none,
    body: () => ({ username: "wangwu", displayName: "王五", role: "OFFICE", password: "Quiet-River-42" }),
  },
  {
    key: "PATCH users/[id]",
    handler: user.PATCH,
    cookie: office,
    params: (w) => ({ id: w.otherUser.id }),
    body: () => ({ active: true, version: 1 }),
  },
  {
    key: "POST users/[id]/corrections",
    handler: userCorrections.POST,
    cookie: office,
    params: (w) => ({ id: w.otherUser.id }),
    body: () => ({ displayName: "王五", role: "CHAIR", deputyId: null, unitId: "", reason: "角色开错", version: 1 }),
  },
  {
    key: "POST users/[id]/reset-password",
    handler: resetPassword.POST,
    cookie: office,
    params: (w) => ({ id: w.otherUser.id }),
    body: () => ({ newPassword: "Quiet-River-43" }),
  },
  { key: "POST deputies", handler: deputies.POST, cookie: office, params: none, body: () => DEPUTY },
  {
    key: "PATCH deputies/[id]",
    handler: deputy.PATCH,
    cookie: office,
    params: (w) => ({ id: w.deputies[1].id }),
    body: () => ({ name: "改名代表", address: "青山村四组", birthDate: "1980-01-01", version: 1 }),
  },
  {
    key: "POST deputies/[id]/photo",
    handler: photo.POST,
    cookie: office,
    params: (w) => ({ id: w.deputy.id }),
    body: none,
    carrier: "none",
    baseStatus: [400],
  },
  {
    key: "DELETE deputies/[id]/photo",
    handler: photo.DELETE,
    cookie: office,
    params: (w) => ({ id: w.deputy.id }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST deputies/[id]/status",
    handler: deputyStatus.POST,
    cookie: office,
    params: (w) => ({ id: w.spareDeputy.id }),
    body: () => ({ status: "RESIGNED", effectiveDate: "2026-10-01", reason: "个人原因" }),
  },
  {
    key: "POST deputies/[id]/status-corrections",
    handler: statusCorrections.POST,
    cookie: office,
    params: (w) => ({ id: w.deputy.id }),
    body: () => ({ changeId: "00000000-0000-4000-8000-000000000001", reason: "误录", version: 1 }),
  },
  {
    key: "POST deputies/import",
    handler: deputyImport.POST,
    cookie: office,
    params: none,
    body: () => ({
      姓名: "导入代表",
      性别: "男",
      出生日期: "1970-05-06",
      民族: "汉族",
      政治面貌: "群众",
      文化程度: "高中",
      职业: "农民",
      工作单位: "青山村",
      联系电话: "13800000000",
      住址: "青山村三组",
      身份证号: "",
      选区: "第一选区",
      代表层级: "镇",
      代表小组: "",
      产生方式: "换届选举",
      任职日期: "",
    }),
    carrier: "csv",
    baseFirst: true,
  },
  {
    key: "PUT presidium-links/[memberId]",
    handler: presidiumLinks.PUT,
    cookie: office,
    params: (w) => ({ memberId: w.users.PRESIDIUM.id }),
    body: (w) => ({ deputyIds: [w.deputy.id] }),
  },
  {
    key: "POST units",
    handler: units.POST,
    cookie: office,
    params: none,
    body: () => ({ name: "交通运输站", kind: "STATION", contactName: "刘站长", contactPhone: "13800000001" }),
  },
  {
    key: "PATCH units/[id]",
    handler: unit.PATCH,
    cookie: office,
    params: (w) => ({ id: w.unit.id }),
    body: () => ({ name: "民政办公室", version: 1 }),
  },
  {
    key: "POST units/[id]/corrections",
    handler: unitCorrections.POST,
    cookie: office,
    params: (w) => ({ id: w.unit.id }),
    body: () => ({ contactName: "周主任", contactPhone: "13800000002", reason: "联系人登记有误", version: 1 }),
  },
  {
    key: "POST me/password",
    handler: password.POST,
    cookie: (w) => w.chairPasswordCookie,
    params: none,
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: "Quiet-River-44" }),
    baseFirst: true,
  },
  {
    key: "POST notifications",
    handler: notifications.POST,
    cookie: (w) => w.cookie.DEPUTY,
    params: none,
    body: none,
    carrier: "none",
  },
  {
    key: "POST sessions",
    handler: sessions.POST,
    cookie: office,
    params: none,
    body: () => ({ kind: "REGULAR", startDate: "2026-12-10", endDate: "2026-12-11", venue: "镇文化中心" }),
  },
  {
    key: "PATCH sessions/[id]",
    handler: session.PATCH,
    cookie: office,
    params: (w) => ({ id: w.preparing }),
    body: () => ({
      venue: "镇文化中心",
      minutes: "会议纪要",
      startDate: "2026-11-20",
      endDate: "2026-11-21",
      version: 1,
    }),
  },
  {
    key: "PUT sessions/[id]/attendance",
    handler: attendance.PUT,
    cookie: office,
    params: (w) => ({ id: w.preparing }),
    body: (w) => ({
      entries: [{ deputyId: w.deputies[2].id, status: "LEAVE", note: "外出务工" }],
      nonVotingAttendees: 3,
      publicAttendees: 2,
    }),
  },
  {
    key: "POST sessions/[id]/agenda",
    handler: agenda.POST,
    cookie: office,
    params: (w) => ({ id: w.preparing }),
    body: () => ({ kind: "RESOLUTION", title: "审议决议", resolution: "决议全文" }),
  },
  {
    key: "PATCH sessions/[id]/agenda/[itemId]",
    handler: agendaItem.PATCH,
    cookie: office,
    params: (w) => ({ id: w.preparing, itemId: w.agendaItem }),
    body: () => ({ kind: "OTHER", title: "审议工作报告（修改）", resolution: "决议全文" }),
  },
  {
    key: "PATCH sessions/[id]/checklist/[itemId]",
    handler: checklist.PATCH,
    cookie: office,
    params: (w) => ({ id: w.preparing, itemId: w.checklistItem }),
    body: () => ({ done: true }),
  },
  {
    key: "POST sessions/[id]/corrections",
    handler: sessionCorrections.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting }),
    body: () => ({ target: "session", venue: "镇文化中心", reason: "会场登记笔误", version: 2 }),
  },
  {
    key: "POST sessions/[id]/transitions",
    handler: sessionTransitions.POST,
    cookie: office,
    params: (w) => ({ id: w.preparing }),
    body: () => ({ action: "open" }),
  },
  {
    key: "POST sessions/[id]/elections",
    handler: elections.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting }),
    body: () => ({
      title: "补选副主席",
      seats: 1,
      candidates: [{ name: "孙八", nominatedBy: "DEPUTIES", nominatorCount: 12 }],
      scrutineers: ["周九"],
      counters: ["吴十"],
    }),
  },
  {
    key: "POST sessions/[id]/elections/[electionId]/rounds",
    handler: rounds.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, electionId: w.election.id }),
    body: (w) => ({
      roundNo: 1,
      ballotsIssued: 5,
      ballotsReturned: 5,
      invalidBallots: 0,
      results: [
        ...w.election.candidates.map((c) => ({ candidateId: c.id, votesFor: 2, votesAgainst: 2, votesAbstain: 1 })),
        { writeInName: "郑十一", votesFor: 1 },
      ],
    }),
  },
  {
    key: "POST sessions/[id]/votes",
    handler: votes.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting }),
    body: () => ({ title: "关于预算的决议", mode: "SHOW_OF_HANDS", votesFor: 4, votesAgainst: 1, votesAbstain: 0 }),
  },
  {
    key: "POST sessions/[id]/votes/[voteId]/correction",
    handler: voteCorrection.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, voteId: w.vote }),
    body: () => ({ mode: "SHOW_OF_HANDS", votesFor: 4, votesAgainst: 1, votesAbstain: 0, reason: "计票人误记赞成票" }),
  },
  {
    key: "POST sessions/[id]/votes/[voteId]/revocation",
    handler: voteRevocation.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, voteId: w.vote }),
    body: () => ({ reason: "同一事项重复登记" }),
  },
  {
    key: "POST sessions/[id]/elections/[electionId]/rounds/[roundId]/correction",
    handler: roundCorrection.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, electionId: w.heldElection.id, roundId: w.heldElection.roundId }),
    body: (w) => ({
      ballotsIssued: 5,
      ballotsReturned: 5,
      invalidBallots: 0,
      results: w.heldElection.candidates.map((c, i) => ({
        candidateId: c.id,
        votesFor: 3 - i,
        votesAgainst: 1 + i,
        votesAbstain: 1,
      })),
      reason: "计票单抄录有误",
    }),
  },
  {
    key: "POST sessions/[id]/elections/[electionId]/rounds/[roundId]/revocation",
    handler: roundRevocation.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, electionId: w.heldElection.id, roundId: w.heldElection.roundId }),
    body: () => ({ reason: "误登记在本项选举下" }),
  },
  {
    key: "POST sessions/[id]/elections/[electionId]/nominees",
    handler: nominees.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, electionId: w.heldElection.id }),
    body: () => ({ candidates: [{ name: "吴十二", nominatedBy: "DEPUTIES", nominatorCount: 10 }] }),
  },
  {
    key: "POST sessions/[id]/elections/[electionId]/deferral",
    handler: deferral.POST,
    cookie: office,
    params: (w) => ({ id: w.sitting, electionId: w.heldElection.id }),
    body: () => ({ note: "大会决定不足名额在下一次会议上另行选举" }),
  },
  {
    key: "POST sessions/[id]/documents",
    handler: documents.POST,
    cookie: office,
    params: (w) => ({ id: w.preparing }),
    body: (w) => ({ title: "会议议程", agendaItemId: w.agendaItem }),
    carrier: "document",
  },
  {
    key: "DELETE sessions/[id]/documents/[docId]",
    handler: document.DELETE,
    cookie: office,
    params: (w) => ({ id: w.preparing, docId: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST suggestions",
    handler: suggestions.POST,
    cookie: (w) => w.cookie.DEPUTY,
    params: none,
    body: (w) => ({
      title: "关于修路的建议",
      content: "村道破损，建议修缮。",
      categoryId: w.categoryId,
      cosignerIds: [],
    }),
  },
  {
    key: "PATCH suggestions/[id]",
    handler: suggestion.PATCH,
    cookie: (w) => w.cookie.DEPUTY,
    params: (w) => ({ id: w.submitted }),
    body: () => ({ title: "关于修桥的建议", content: "便民桥年久失修。", version: 1 }),
  },
  {
    key: "POST suggestions/[id]/transitions",
    handler: transitions.POST,
    cookie: (w) => w.cookie.UNIT,
    params: (w) => ({ id: w.assigned }),
    body: () => ({ action: "reply", replyClass: "A", note: "已安排资金修缮。", version: 3 }),
  },
  {
    key: "POST suggestions/[id]/rating",
    handler: rating.POST,
    cookie: (w) => w.cookie.DEPUTY,
    params: (w) => ({ id: w.replied }),
    body: () => ({ rating: "UNSATISFIED", comment: "进度太慢", version: 4 }),
  },
  {
    key: "POST suggestions/[id]/contacts",
    handler: contacts.POST,
    cookie: (w) => w.cookie.UNIT,
    params: (w) => ({ id: w.assigned }),
    body: () => ({ way: "PHONE", opinion: "同意办理方案", contactedBy: "王办事员" }),
  },
  {
    key: "POST suggestions/[id]/attachments",
    handler: attachments.POST,
    cookie: (w) => w.cookie.DEPUTY,
    params: (w) => ({ id: w.submitted }),
    body: none,
    carrier: "none",
    baseStatus: [400],
  },
  {
    key: "DELETE suggestions/[id]/attachments/[attachmentId]",
    handler: attachment.DELETE,
    cookie: (w) => w.cookie.DEPUTY,
    params: (w) => ({ id: w.submitted, attachmentId: NIL }),
    body: none,
    carrier: "none",
  },
  {
    key: "POST suggestions/sign-off",
    handler: signOff.POST,
    cookie: (w) => w.cookie.CHAIR,
    params: none,
    body: (w) => ({ ids: [w.assigned] }),
  },
  {
    key: "PUT checklist-template",
    handler: checklistTemplate.PUT,
    cookie: office,
    params: none,
    body: () => ({ items: [{ title: "印发会议通知", owner: "人大办", offsetDays: -10 }] }),
  },
  {
    key: "POST terms",
    handler: terms.POST,
    cookie: office,
    params: none,
    body: () => ({ number: 18, startDate: "2031-09-01", endDate: "2036-08-31", copyDeputyIds: [] }),
  },
  {
    key: "POST presidium-meetings",
    handler: presidiumMeetings.POST,
    cookie: office,
    params: none,
    body: (w) => ({
      date: "2026-10-08",
      members: [{ userId: w.users.PRESIDIUM.id, attendance: "PRESENT" }],
      inviteeIds: [w.deputies[1]!.id],
      topics: [{ kind: "MATTER", title: "研究会议筹备", decision: "同意" }],
    }),
  },
  {
    key: "POST presidium-meetings/[id]/corrections",
    handler: meetingCorrections.POST,
    cookie: office,
    params: (w) => ({ id: w.meeting.id }),
    body: (w) => ({
      version: w.meeting.version,
      date: "2026-10-09",
      venue: "镇政府二楼会议室",
      members: w.meeting.members.map((m) => ({ id: m.id, attendance: m.attendance })),
      topics: w.meeting.topics.map((t) => ({ id: t.id, title: t.title, reporter: null, decision: "同意，下月召开" })),
      reason: "按纪要原件更正",
    }),
  },
  {
    key: "POST groups",
    handler: groups.POST,
    cookie: office,
    params: none,
    body: () => ({
      name: "第二代表小组",
      kind: "GROUP",
      venue: "村委会",
      liaisonName: "陈联络",
      liaisonPhone: "13800000002",
    }),
  },
  {
    key: "PATCH groups/[id]",
    handler: group.PATCH,
    cookie: office,
    params: (w) => ({ id: w.group.id }),
    body: () => ({ name: "第一代表小组（改）", kind: "GROUP", venue: "文化站", version: 1 }),
  },
  {
    key: "POST groups/[id]/checks",
    handler: groupChecks.POST,
    cookie: office,
    params: (w) => ({ id: w.group.id }),
    body: () => ({ checkedOn: "2026-10-01", items: [], note: "整改到位" }),
  },
  ...SUPERVISION_WRITE_CASES,
  ...RECEPTION_WRITE_CASES,
  ...DEPUTY_RECORD_WRITE_CASES,
  ...DUTIES_WRITE_CASES,
  ...PETITION_WRITE_CASES,
  ...PETITION_CHAIN_WRITE_CASES,
  ...TRAINING_WRITE_CASES,
  ...WORK_PLAN_WRITE_CASES,
  ...DOCUMENTS_WRITE_CASES,
];

const csvCell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : typeof v === "string" ? v : JSON.stringify(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

/** A PDF's first bytes: enough for the document type check. */
const PDF = new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** The request of a case, with `params` and `body` as given (possibly spoiled). */
export function requestOf(c: WriteCase, cookie: string, params: Record<string, unknown>, body: Json): NextRequest {
  const [method, dir] = c.key.split(" ");
  // The handler takes the params as given; the URL only needs to be one (a lone surrogate is not).
  const path = dir.replace(/\[(\w+)\]/g, (_, k: string) => encodeURIComponent(String(params[k]).toWellFormed()));
  const url = new URL(`/api/v1/${path}`, "http://localhost");
  const headers: Record<string, string> = { cookie, origin: TEST_ORIGIN };
  if (c.carrier === "none") return new NextRequest(url, { method, headers });
  if (c.carrier === "csv") {
    const keys = Object.keys(body);
    const text = `${keys.join(",")}\r\n${keys.map((k) => csvCell(body[k])).join(",")}\r\n`;
    const form = new FormData();
    form.append("file", new File([text], "名册.csv"));
    return new NextRequest(url, { method, headers, body: form });
  }
  if (c.carrier === "document") {
    const form = new FormData();
    form.append("file", new File([PDF], "议程.pdf"));
    for (const [k, v] of Object.entries(body)) form.append(k, typeof v === "string" ? v : JSON.stringify(v));
    return new NextRequest(url, { method, headers, body: form });
  }
  return new NextRequest(url, {
    method,
    headers: { ...headers, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

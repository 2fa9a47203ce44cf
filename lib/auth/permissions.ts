import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The one permission table: action → the roles that may attempt it. Record rules (own township,
 * own deputy, own unit, current state) are added on top in lib/auth/policy.ts and the domain
 * policies. An action missing here is refused for everyone.
 */
export const PERMISSIONS = {
  // The app's shell and home page; a county account's home is /county (lib/county).
  "dashboard.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT", "COUNTY"],
  // The township's year with charts (/dashboard): every module's figures — the presidium's oversight.
  "dashboard.year": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "account.change_password": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT", "COUNTY"],
  // Search from the header: each kind is searched only when the role may list it (lib/search).
  "search.run": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  // A unit's one inbox across domains (lib/inbox): what is assigned to it, whatever the module.
  "inbox.view": ["UNIT"],
  "user.list": ["OFFICE"],
  "user.create": ["OFFICE"],
  "user.update": ["OFFICE"],
  "user.correct": ["OFFICE"],
  "user.reset_password": ["OFFICE"],
  "audit.list": ["OFFICE"],
  "unit.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "unit.view": ["OFFICE", "CHAIR", "PRESIDIUM", "UNIT"],
  "unit.create": ["OFFICE"],
  "unit.update": ["OFFICE"],
  // 更正 with a reason, kept in the record's history (lib/audit/corrections.ts): the office only.
  "unit.correct": ["OFFICE"],
  // Roster: what each role sees of a deputy is decided per record in lib/roster/policy.ts.
  "deputy.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  "deputy.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  "deputy.create": ["OFFICE"],
  "deputy.update": ["OFFICE", "DEPUTY"],
  "deputy.change_status": ["OFFICE"],
  "deputy.correct_status": ["OFFICE"],
  "deputy.import": ["OFFICE"],
  "deputy.export": ["OFFICE"],
  "group.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "group.manage": ["OFFICE"],
  "term.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "term.manage": ["OFFICE"],
  "presidium_link.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "presidium_link.manage": ["OFFICE"],
  // Sessions: deputies read sessions of their own term (lib/sessions/policy.ts).
  "session.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "session.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "session.manage": ["OFFICE"],
  "session.attendance_view": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "session.close": ["OFFICE", "CHAIR"],
  "presidium_meeting.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "presidium_meeting.manage": ["OFFICE"],
  // Suggestions: who may act on which record is decided in lib/suggestions/policy.ts.
  "suggestion.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  "suggestion.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  "suggestion.create": ["OFFICE", "DEPUTY"],
  "suggestion.update": ["OFFICE", "DEPUTY"],
  "suggestion.transition": ["OFFICE", "CHAIR", "DEPUTY", "UNIT"],
  // A proposer rates the reply; the office keys a deputy's paper rating form in for them (代录).
  "suggestion.rate": ["OFFICE", "DEPUTY"],
  "suggestion.sign_off": ["CHAIR"],
  // 代录: the office keys a unit's reply or co-unit input, or a deputy's rating form, from paper.
  "suggestion.enter_on_behalf": ["OFFICE"],
  // The internal steps (签发, whether the result is published yet) and what waits for them.
  "suggestion.internal_steps": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // Reminder lists (催办): the township's for the office, chair and presidium; a unit its own.
  "suggestion.reminders": ["OFFICE", "CHAIR", "PRESIDIUM", "UNIT"],
  "suggestion.inbox": ["UNIT"],
  // The lead deputy's phone on a suggestion, and 联系代表 records: a unit only on the suggestions it handles
  // (lib/suggestions/contacts.ts); the office keys a unit's contact record on its behalf (代录).
  "suggestion.call_proposer": ["OFFICE", "CHAIR", "PRESIDIUM", "UNIT"],
  "suggestion.record_contact": ["OFFICE", "UNIT"],
  // 联系代表 records: the office, the chair, the suggestion's units and its deputies (lib/suggestions/policy.ts).
  "suggestion.contacts_view": ["OFFICE", "CHAIR", "DEPUTY", "UNIT"],
  // Attachments: the proposer or office while the suggestion is editable, the lead unit with its
  // reply or delay notice (lib/suggestions/policy.ts). Downloading needs only suggestion.view.
  "suggestion.attach": ["OFFICE", "DEPUTY", "UNIT"],
  // The category list: read by whoever submits or filters suggestions, kept by the office.
  "suggestion_category.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "suggestion_category.manage": ["OFFICE"],
  // Oversight: the figures and the presidium's report to the session; the public disclosure export.
  "suggestion.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "suggestion.export": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The official working calendar (holidays, 调休): one national list, corrected by any township's office.
  "calendar.view": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "calendar.manage": ["OFFICE"],
  // Supervision (监督): who sees which activity is decided per record in lib/supervision/policy.ts — the
  // office, chair and presidium all of the township's; a deputy those they take part in; a unit what concerns it.
  "supervision.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  "supervision.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  // The office plans and records (plan, targets, participants, attendance, documents, start, conclude).
  "supervision.manage": ["OFFICE"],
  // The chair approves the plan, with the party committee's consent recorded.
  "supervision.approve": ["CHAIR"],
  // A participating deputy casts their own anonymous ballots; the office keys the paper ballots' counts.
  "supervision.vote": ["DEPUTY"],
  "supervision.enter_paper": ["OFFICE"],
  // Poll results (counts and rates, never a ballot): per record in lib/supervision/policy.ts.
  "supervision.results": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  // The printable ballot form and result sheet.
  "supervision.print": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // Supervision's findings and review opinions (审议意见) of an activity, kept and sent (送达) by the office;
  // suggestions raised during an activity created from it; the 再测评 after rectification.
  "supervision_opinion.manage": ["OFFICE"],
  "supervision_suggestion.create": ["OFFICE"],
  "supervision_repoll.create": ["OFFICE"],
  // Rectification tasks (整改): the township's for the office, chair and presidium, a unit only its own
  // (lib/supervision/rectification/access.ts); the unit reports, the office keys a paper report (代录),
  // reviews it, reminds (催办) and records the follow-up visit (回访).
  "rectification.list": ["OFFICE", "CHAIR", "PRESIDIUM", "UNIT"],
  "rectification.view": ["OFFICE", "CHAIR", "PRESIDIUM", "UNIT"],
  "rectification.report": ["OFFICE", "UNIT"],
  "rectification.review": ["OFFICE"],
  "rectification.remind": ["OFFICE"],
  "rectification.visit": ["OFFICE"],
  // The year's figures, the year's table (.xlsx) and an activity's report (.docx): the presidium's oversight.
  "supervision.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // 选区 of a term: listed by those who see the full roster, kept by the office.
  "constituency.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "constituency.manage": ["OFFICE"],
  // Voter reception days (接待选民日, lib/reception): the office keeps the calendar, the deputies on duty, the
  // notice and the visitors (代录 from the paper register); the chair and presidium read every day; a deputy
  // reads the days they are on duty and records visitors there. Visitors' phone and address: office and chair.
  "reception.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "reception.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "reception.manage": ["OFFICE"],
  "reception.record_visit": ["OFFICE", "DEPUTY"],
  "reception.convert": ["OFFICE"],
  "reception.personal_data": ["OFFICE", "CHAIR"],
  "reception.print": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "reception.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The deputy's record (履职档案, 代表法 第五十八条第二款): per record in lib/deputy-record/policy.ts — the office and
  // the chair every deputy's, a presidium member their linked deputies' (PresidiumLink), a deputy their own; a unit
  // none (its route answers 404, as for a deputy it may not see). `own`: the deputy's menu entry 我的履职档案.
  "deputy_record.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "deputy_record.own": ["DEPUTY"],
  // 履职公示: the office publishes (and withdraws) a year; the published figures, without personal data, are for
  // every signed-in role.
  "deputy_record.publish": ["OFFICE"],
  "deputy_record.public_view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY", "UNIT"],
  // Group activities (代表小组活动, 代表法第二十六条; the quarterly rhythm is local practice): the township's for the
  // office, chair and presidium, a deputy their own group's (lib/group-activities/policy.ts). The office records
  // them (and keys a group's paper record, 代录); a group's leader records their own group's.
  "group_activity.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "group_activity.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "group_activity.manage": ["OFFICE", "DEPUTY"],
  "group_activity.plan": ["OFFICE"],
  // Suggestions raised at an activity, registered from its record by the office (lib/suggestions creates them).
  "group_activity_suggestion.create": ["OFFICE"],
  "group_activity.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The duty register (履职登记, 代表法第五十八条第二款): a deputy (or a presidium member with a deputy record)
  // writes only their own entries; presidium members read their linked deputies'; the office keys entries from
  // paper (代录) and verifies or returns them (lib/duties/policy.ts). Units see none of it.
  "duty.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "duty.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "duty.create": ["OFFICE", "PRESIDIUM", "DEPUTY"],
  "duty.update": ["OFFICE", "PRESIDIUM", "DEPUTY"],
  "duty.review": ["OFFICE"],
  "duty.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // 向选民述职: scheduled and rated (paper counts) by the office; read like the duty register.
  "voter_report.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "voter_report.manage": ["OFFICE"],
  // Petitions (信访): the office and the chair see all of the township's; a unit only the cases handed
  // to it (an active PetitionAssignment); a deputy only those they took at a reception day
  // (lib/petitions/access.ts). The office registers and corrects the registration. The petitioner's
  // phone, ID number and address: masked for everyone until the office or the chair asks for them
  // (显示完整信息, logged); exports mask them unless the office asks (logged). Attachments (letters,
  // scans) carry personal data: the office and the chair only, each download logged.
  "petition.list": ["OFFICE", "CHAIR", "DEPUTY", "UNIT"],
  "petition.view": ["OFFICE", "CHAIR", "DEPUTY", "UNIT"],
  "petition.create": ["OFFICE"],
  "petition.update": ["OFFICE"],
  "petition.reveal_personal": ["OFFICE", "CHAIR"],
  "petition.attachments": ["OFFICE", "CHAIR"],
  "petition.attach": ["OFFICE"],
  "petition.export": ["OFFICE", "CHAIR"],
  "petition.export_personal": ["OFFICE"],
  // Petitions (信访): the year's figures and the year's table (.xlsx) — counts only, no personal data; the
  // presidium's oversight, as the other modules' figures.
  "petition.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The petition handling chain (信访, lib/petitions/steps): the route is open to the office, the chair and
  // units; each step then names who takes it — the office registers the notice, proposes, transfers, reminds,
  // reports, closes, records return visits, reviews and recusals; the chair approves (批办) and extensions
  // (Art. 34); a unit objects (Art. 23 para 3) and answers. The office keys paper approvals and replies (代录).
  "petition.transition": ["OFFICE", "CHAIR", "UNIT"],
  "petition.handle": ["OFFICE"],
  "petition.approve": ["CHAIR"],
  "petition.unit_handle": ["UNIT"],
  "petition.enter_on_behalf": ["OFFICE"],
  // The written notice (告知书), the 信访处理意见书 and the extension notice (.docx).
  "petition.documents": ["OFFICE", "CHAIR"],
  // Training (培训, 代表法 Art. 47 para 3): plans read by the office, chair and presidium, kept by the office and
  // approved by the chair; trainings read by them and by a deputy for those they are enrolled in
  // (lib/training/policy.ts); a deputy asks leave for themself, the office keys a paper request (代录), the chair
  // decides. Units see none of it.
  "training_plan.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "training_plan.manage": ["OFFICE"],
  "training_plan.approve": ["CHAIR"],
  "training.list": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "training.view": ["OFFICE", "CHAIR", "PRESIDIUM", "DEPUTY"],
  "training.manage": ["OFFICE"],
  "training.request_leave": ["OFFICE", "DEPUTY"],
  "training.decide_leave": ["CHAIR"],
  "training.figures": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The year plan (工作要点): the office drafts, keeps and links it; the party committee's approval (党委审定) is
  // recorded by the office or the chair; the presidium reads.
  "work_plan.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "work_plan.manage": ["OFFICE"],
  "work_plan.approve": ["OFFICE", "CHAIR"],
  // The annual summary (年度工作总结, 半年小结, 届期回顾): every module's figures, the presidium's oversight.
  "summary.view": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The document register (收发文登记, lib/documents): kept by the office (entries keyed from the paper register,
  // corrections with a reason); read and exported by the chair and the presidium. Deputies and units none.
  "document.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "document.view": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "document.manage": ["OFFICE"],
  "document.export": ["OFFICE", "CHAIR", "PRESIDIUM"],
  // The year's archive (分类归档, lib/archive): every record's files, petition files included (personal data), so
  // the office and the chair only, as petition attachments; each .zip download audited.
  "archive.view": ["OFFICE", "CHAIR"],
  // Publicity (宣传, lib/publicity): articles and reports sent, scored by the county's table; kept by the office,
  // read by the chair and the presidium.
  "publicity.list": ["OFFICE", "CHAIR", "PRESIDIUM"],
  "publicity.manage": ["OFFICE"],
  // The county view (县人大, lib/county): the year's figures of every township of the actor's county, side by
  // side, and each township's summary — figures only, never a record, list or person. Which townships: only
  // those of the county its account belongs to (lib/county/access.ts countyTownships). COUNTY has nothing else
  // but the shell and its password.
  "county.view": ["COUNTY"],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof PERMISSIONS;

export function rolesFor(action: string): readonly Role[] {
  return Object.hasOwn(PERMISSIONS, action) ? (PERMISSIONS as Record<string, readonly Role[]>)[action] : [];
}

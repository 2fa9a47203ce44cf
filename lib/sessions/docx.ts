// The session notice (会议通知) and minutes (会议纪要) as Word files, in the GB/T 9704 layout of
// lib/docx/official.ts, named with the session's official name (lib/text/names.ts).
import type { Actor } from "@/lib/auth/actor";
import { AGENDA_KIND_LABELS, NOMINATION_LABELS, SESSION_KIND_LABELS, VOTE_MODE_LABELS } from "@/lib/sessions/labels";
import { SUGGESTION_KIND_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/public";
import { formatDay, todayInChina } from "@/lib/time/day";
import { getSessionReport, type ElectionReport, type SessionReport } from "@/lib/sessions/report";
import { formatSize } from "@/lib/files/types";
import {
  attendanceText,
  roundSentence,
  sessionDays,
  suggestionCountText,
  voteResultText,
  voteSentence,
} from "@/lib/sessions/wording";
import { cnDate, cnDateRange } from "@/lib/text/dates";
import { body, heading, pack, signOff, table, title, type DocBlock } from "@/lib/docx/official";
import { headingNumber } from "@/lib/text/numerals";
import { sessionOfficialName } from "@/lib/text/names";

/** 清水镇第十七届人民代表大会第一次会议: the session's official name, as titles and file names write it. */
const officialName = (r: SessionReport) => sessionOfficialName(r.township, r.session.termNumber, r.session.number);
export const noticeTitle = (r: SessionReport) => `关于召开${officialName(r)}的通知`;
export const minutesTitle = (r: SessionReport) => `${officialName(r)}纪要`;
export const noticeFilename = (r: SessionReport) => `${noticeTitle(r)}.docx`;
export const minutesFilename = (r: SessionReport) => `${minutesTitle(r)}.docx`;

/** 会议通知: dates, venue, agenda, what to bring, signed by the presidium. */
export function noticeDocx(r: SessionReport, issuedOn: string = formatDay(todayInChina())): Promise<Buffer> {
  const s = r.session;
  const name = officialName(r);
  const extraordinary = s.kind === "EXTRAORDINARY" ? "（临时会议）" : "";
  const children: DocBlock[] = [
    title(noticeTitle(r)),
    ...body("各位代表：", { indent: false }),
    ...body(
      `经${r.township}人民代表大会主席团研究决定，${name}${extraordinary}定于${cnDateRange(s.startDate, s.endDate)}在${s.venue}召开。现将有关事项通知如下：`,
    ),
    heading("一、会议时间"),
    ...body(
      `${cnDateRange(s.startDate, s.endDate)}，会期 ${sessionDays(s.startDate, s.endDate)} 天。请于${cnDate(s.startDate)}会议开幕前到会场报到。`,
    ),
    heading("二、会议地点"),
    ...body(s.venue),
    heading("三、会议议程"),
    ...(r.agenda.length ? r.agenda.map((a, i) => body(`${i + 1}. ${a.title}`)[0]) : body("会议议程由主席团另行印发。")),
    heading("四、参会要求"),
    ...body("1. 请携带代表证、本通知及纸笔，按时出席会议。"),
    ...body("2. 请提前收集整理选民和群众的意见，准备好拟在会上提出的建议、批评和意见。"),
    ...body("3. 因故不能出席会议的，请于会前向主席团书面请假。"),
    ...body("4. 会议期间请遵守会议纪律，将手机调至静音。"),
    ...signOff(`${r.township}人民代表大会主席团`, cnDate(issuedOn)),
  ];
  return pack(noticeTitle(r), children);
}

function electionParagraphs(e: ElectionReport): DocBlock[] {
  const out: DocBlock[] = [...body(`${e.title}（应选 ${e.seats} 名）`, { bold: true })];
  if (e.candidates.length)
    out.push(
      ...body(
        `候选人：${e.candidates.map((c) => `${c.name}（${NOMINATION_LABELS[c.nominatedBy]}${c.nominatorCount ? `，${c.nominatorCount} 名代表联名` : ""}）`).join("、")}。`,
      ),
    );
  if (e.scrutineers.length || e.counters.length)
    out.push(...body(`监票人：${e.scrutineers.join("、") || "—"}；计票人：${e.counters.join("、") || "—"}。`));
  for (const round of e.rounds) {
    out.push(...body(roundSentence(round)));
    if (!round.void && round.results.length)
      out.push(
        table(
          ["候选人", "赞成", "反对", "弃权", "结果"],
          round.results.map((x) => [
            x.writeIn ? `${x.name}（另选）` : x.name,
            x.votesFor,
            x.votesAgainst,
            x.votesAbstain,
            x.elected ? "当选" : "未当选",
          ]),
        ),
      );
  }
  out.push(
    ...body(
      e.elected.length ? `当选：${e.elected.join("、")}。` : e.rounds.length ? "本项选举尚无人当选。" : "尚未投票。",
    ),
  );
  return out;
}

/** Each agenda item with its resolution and the votes taken on it. */
function agendaParagraphs(r: SessionReport): DocBlock[] {
  if (!r.agenda.length) return body("未录入议程。");
  return r.agenda.flatMap((item, i) => [
    ...body(`${i + 1}. ${item.title}（${AGENDA_KIND_LABELS[item.kind]}）`, { bold: true }),
    ...(item.resolution ? body(item.resolution) : []),
    ...r.votes.filter((v) => v.agendaItemId === item.id).flatMap((v) => body(voteSentence(v))),
  ]);
}

/** Every vote of the session in one table. */
function voteParagraphs(r: SessionReport): DocBlock[] {
  if (!r.votes.length) return body("本次会议未进行表决。");
  return [
    ...body("决议、决定以全体代表的过半数通过。"),
    table(
      ["序号", "表决事项", "方式", "赞成", "反对", "弃权", "出席", "在任", "通过所需", "结果"],
      r.votes.map((v, i) => [
        i + 1,
        v.title,
        VOTE_MODE_LABELS[v.mode],
        v.votesFor,
        v.votesAgainst,
        v.votesAbstain,
        v.presentAtVote,
        v.sittingAtVote,
        v.required,
        voteResultText(v),
      ]),
    ),
  ];
}

/** How many suggestions and motions were raised, and the list of them. */
function suggestionParagraphs(r: SessionReport): DocBlock[] {
  const out: DocBlock[] = [...body(suggestionCountText(r.suggestions))];
  if (r.suggestions.length)
    out.push(
      table(
        ["编号", "类型", "标题", "类别", "领衔代表", "状态"],
        r.suggestions.map((s) => [
          s.number ?? "—",
          SUGGESTION_KIND_LABELS[s.kind],
          s.title,
          s.category,
          s.leadProposer ?? "—",
          SUGGESTION_STATE_LABELS[s.state],
        ]),
      ),
    );
  return out;
}

/** 会议纪要: attendance figures, agenda with resolutions, votes, elections, documents and the minutes text. */
export function minutesDocx(r: SessionReport): Promise<Buffer> {
  const s = r.session;
  const a = r.attendance;
  let n = 0;
  const section = (text: string) => heading(`${headingNumber(n++)}${text}`);
  const children: DocBlock[] = [
    title(minutesTitle(r)),
    ...body(`会议时间：${cnDateRange(s.startDate, s.endDate)}`),
    ...body(`会议地点：${s.venue}`),
    ...body(`会议类型：${SESSION_KIND_LABELS[s.kind]}`),
    section("出席情况"),
    ...body(attendanceText(a)),
    table(
      ["在任代表", "出席", "请假", "缺席", "中途离会", "列席", "旁听"],
      [[a.sitting, a.present, a.leave, a.absent, a.leftEarly, a.nonVoting, a.public]],
    ),
    section("会议议程及决议"),
    ...agendaParagraphs(r),
    section("表决结果"),
    ...voteParagraphs(r),
  ];
  if (r.elections.length) children.push(section("选举结果"), ...r.elections.flatMap(electionParagraphs));
  children.push(
    section("会议文件"),
    ...(r.documents.length
      ? r.documents.map((d, i) => body(`${i + 1}. ${d.title}（${d.filename}，${formatSize(d.size)}）`)[0])
      : body("无。")),
    section("代表议案和建议"),
    ...suggestionParagraphs(r),
    section("会议记录"),
    ...body(r.minutes?.trim() || "未填写。"),
  );
  return pack(minutesTitle(r), children);
}

export async function sessionNotice(actor: Actor, sessionId: string) {
  const r = await getSessionReport(actor, sessionId);
  return { buffer: await noticeDocx(r), filename: noticeFilename(r) };
}

export async function sessionMinutes(actor: Actor, sessionId: string) {
  const r = await getSessionReport(actor, sessionId);
  return { buffer: await minutesDocx(r), filename: minutesFilename(r) };
}

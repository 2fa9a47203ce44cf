import type { SessionReport } from "@/lib/sessions/report";
import { AGENDA_KIND_LABELS, SESSION_KIND_LABELS, VOTE_MODE_LABELS } from "@/lib/sessions/labels";
import { SUGGESTION_KIND_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import { formatSize } from "@/lib/files/types";
import { attendanceText, suggestionCountText, voteResultText, voteSentence } from "@/lib/sessions/wording";
import { cnDateRange } from "@/lib/text/dates";
import { headingNumber } from "@/lib/text/numerals";
import { PrintPage, PrintTable, cell } from "@/components/sessions/print/print-sheet";
import { ElectionResults } from "@/components/sessions/print/election-results";

function Section({ n, title, children }: { n: number; title: string; children: React.ReactNode }) {
  return (
    <section aria-label={title} className="mt-4 break-inside-avoid-page">
      <h2 className="mb-1 text-[13pt] font-bold">
        {headingNumber(n)}
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Text typed with line breaks: one indented paragraph a line, as in the .docx. */
function Paras({ text }: { text: string }) {
  return text.split(/\r?\n/).map((line, i) => (
    <p key={i} className="indent-[2em]">
      {line}
    </p>
  ));
}

/** The session summary: the same content, in the same order, as the minutes (.docx). */
export function SessionSummary({ r }: { r: SessionReport }) {
  let n = 0;
  return (
    <PrintPage label="会议纪要">
      <h1 className="mb-3 text-center text-[18pt] font-bold">{r.session.title}纪要</h1>
      <p>会议时间：{cnDateRange(r.session.startDate, r.session.endDate)}</p>
      <p>会议地点：{r.session.venue}</p>
      <p>会议类型：{SESSION_KIND_LABELS[r.session.kind]}</p>

      <Section n={n++} title="出席情况">
        <Attendance a={r.attendance} />
      </Section>

      <Section n={n++} title="会议议程及决议">
        <Agenda r={r} />
      </Section>

      <Section n={n++} title="表决结果">
        <Votes votes={r.votes} />
      </Section>

      {r.elections.length > 0 && (
        <Section n={n++} title="选举结果">
          {r.elections.map((e) => (
            <ElectionResults key={e.id} e={e} />
          ))}
        </Section>
      )}

      <Section n={n++} title="会议文件">
        <Documents r={r} />
      </Section>

      <Section n={n++} title="代表议案和建议">
        <Suggestions suggestions={r.suggestions} />
      </Section>

      <Section n={n++} title="会议记录">
        <Paras text={r.minutes?.trim() || "未填写。"} />
      </Section>
    </PrintPage>
  );
}

function Attendance({ a }: { a: SessionReport["attendance"] }) {
  return (
    <>
      <p className="mb-2 indent-[2em]">{attendanceText(a)}</p>
      <PrintTable head={["在任代表", "出席", "请假", "缺席", "中途离会", "列席", "旁听"]}>
        <tr>
          {[a.sitting, a.present, a.leave, a.absent, a.leftEarly, a.nonVoting, a.public].map((v, i) => (
            <td key={i} className={`${cell} text-center`}>
              {v}
            </td>
          ))}
        </tr>
      </PrintTable>
    </>
  );
}

/** Each agenda item with its resolution and the votes taken on it. */
function Agenda({ r }: { r: SessionReport }) {
  return (
    <>
      {!r.agenda.length && <p className="indent-[2em]">未录入议程。</p>}
      <ol className="space-y-2">
        {r.agenda.map((item, i) => (
          <li key={item.id}>
            <p className="font-semibold">
              {i + 1}. {item.title}（{AGENDA_KIND_LABELS[item.kind]}）
            </p>
            {item.resolution && <Paras text={item.resolution} />}
            {r.votes
              .filter((v) => v.agendaItemId === item.id)
              .map((v) => (
                <p key={v.id} className="indent-[2em]">
                  {voteSentence(v)}
                </p>
              ))}
          </li>
        ))}
      </ol>
    </>
  );
}

function Votes({ votes }: { votes: SessionReport["votes"] }) {
  if (!votes.length) return <p className="indent-[2em]">本次会议未进行表决。</p>;
  return (
    <>
      <p className="mb-2 indent-[2em]">决议、决定以全体代表的过半数通过。</p>
      <PrintTable
        head={["序号", "表决事项", "方式", "赞成", "反对", "弃权", "出席", "在任", "通过所需", "结果"]}
        className="text-[10pt]"
      >
        {votes.map((v, i) => (
          <tr key={v.id}>
            <td className={`${cell} text-center`}>{i + 1}</td>
            <td className={cell}>{v.title}</td>
            <td className={`${cell} text-center`}>{VOTE_MODE_LABELS[v.mode]}</td>
            {[v.votesFor, v.votesAgainst, v.votesAbstain, v.presentAtVote, v.sittingAtVote, v.required].map((x, j) => (
              <td key={j} className={`${cell} text-center`}>
                {x}
              </td>
            ))}
            <td className={`${cell} text-center font-semibold`}>{voteResultText(v)}</td>
          </tr>
        ))}
      </PrintTable>
    </>
  );
}

function Documents({ r }: { r: SessionReport }) {
  if (!r.documents.length) return <p className="indent-[2em]">无。</p>;
  return (
    <ol className="list-inside list-decimal">
      {r.documents.map((d) => (
        <li key={d.id}>
          <a href={`/api/v1/sessions/${r.session.id}/documents/${d.id}`} className="underline print:no-underline">
            {d.title}
          </a>
          （{d.filename}，{formatSize(d.size)}）
        </li>
      ))}
    </ol>
  );
}

function Suggestions({ suggestions }: { suggestions: SessionReport["suggestions"] }) {
  return (
    <>
      <p className="indent-[2em]">{suggestionCountText(suggestions)}</p>
      {suggestions.length > 0 && (
        <PrintTable head={["编号", "类型", "标题", "类别", "领衔代表", "状态"]} className="text-[10pt]">
          {suggestions.map((s) => (
            <tr key={s.id}>
              <td className={`${cell} whitespace-nowrap text-center`}>{s.number ?? "—"}</td>
              <td className={`${cell} text-center`}>{SUGGESTION_KIND_LABELS[s.kind]}</td>
              <td className={cell}>{s.title}</td>
              <td className={`${cell} text-center`}>{s.category}</td>
              <td className={`${cell} text-center`}>{s.leadProposer ?? "—"}</td>
              <td className={`${cell} text-center`}>{SUGGESTION_STATE_LABELS[s.state]}</td>
            </tr>
          ))}
        </PrintTable>
      )}
    </>
  );
}

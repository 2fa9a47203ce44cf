import Link from "next/link";
import type { SuggestionFigures } from "@/lib/suggestions/figures";
import { REPLY_CLASS_LABELS, SUGGESTION_STATE_LABELS } from "@/lib/suggestions/labels";
import { percent } from "@/lib/suggestions/rules";
import { inputClass } from "@/components/ui/form-field";
import type { SuggestionState } from "@/lib/generated/prisma/enums";

const pct = (v: number | null) => (v === null ? "—" : `${v}%`);
const STATE_ORDER: SuggestionState[] = [
  "SUBMITTED",
  "REGISTERED",
  "ASSIGNED",
  "REHANDLING",
  "REPLIED",
  "RATED",
  "CLOSED",
];

export interface FiguresFilterOptions {
  years: number[];
  sessions: { id: string; name: string }[];
  units: { id: string; name: string }[];
}

/** A plain GET form: the figures are counted on the server, and the URL can be bookmarked. */
export function FiguresFilterForm({
  figures: f,
  options,
}: {
  figures: SuggestionFigures;
  options: FiguresFilterOptions;
}) {
  const select = (name: string, label: string, value: string, all: string | null, items: [string, string][]) => (
    <label className="flex flex-col text-sm">
      {label}
      <select name={name} defaultValue={value} className={`${inputClass} sm:w-56`}>
        {all !== null && <option value="">{all}</option>}
        {items.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form
      method="get"
      aria-label="筛选统计"
      className="no-print mb-4 grid grid-cols-1 items-end gap-2 sm:flex sm:flex-wrap"
    >
      {select(
        "year",
        "年份",
        String(f.year),
        null,
        options.years.map((y) => [String(y), `${y} 年`]),
      )}
      {select("sessionId", "会议", f.sessionId ?? "", "全部（含闭会期间）", [
        ...options.sessions.map((s): [string, string] => [s.id, s.name]),
        ["recess", "闭会期间"],
      ])}
      {select(
        "unitId",
        "主办单位",
        f.unitId ?? "",
        "全部单位",
        options.units.map((u) => [u.id, u.name]),
      )}
      <button type="submit" className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm">
        统计
      </button>
    </form>
  );
}

function Figure({ label, value, hint }: { label: string; value: React.ReactNode; hint?: string }) {
  return (
    <div className="rounded border border-stone-200 bg-white px-3 py-2 break-inside-avoid">
      <dt className="text-sm text-stone-600">{label}</dt>
      <dd className="text-xl font-semibold text-stone-900">{value}</dd>
      {hint && <dd className="text-xs text-stone-600">{hint}</dd>}
    </div>
  );
}

/** A share as a bar; the number beside it is the text, the bar is decoration. */
function Bar({ share }: { share: number | null }) {
  return (
    <div aria-hidden className="h-2.5 w-full min-w-16 rounded bg-stone-200 [print-color-adjust:exact]">
      <div className="h-2.5 rounded bg-brand-700 [print-color-adjust:exact]" style={{ width: `${share ?? 0}%` }} />
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const id = `fig-${title}`;
  return (
    <section aria-labelledby={id} className="mt-5 break-inside-avoid">
      <h2 id={id} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A real table (not cards) so the columns line up on paper; on a phone it scrolls inside its box. */
function Table({
  caption,
  header,
  rows,
  numeric = true,
}: {
  caption: string;
  header: string[];
  rows: React.ReactNode[][];
  numeric?: boolean;
}) {
  return (
    <div
      className="overflow-x-auto rounded border border-stone-200 bg-white"
      role="region"
      aria-label={caption}
      tabIndex={0}
    >
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-100 text-stone-700">
          <tr>
            {header.map((h, i) => (
              <th
                key={h}
                scope="col"
                className={`whitespace-nowrap px-3 py-2 font-medium ${i === 0 || !numeric ? "text-left" : "text-right"}`}
              >
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i} className="border-t border-stone-200">
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className="px-3 py-2 text-left font-normal">
                    {c}
                  </th>
                ) : (
                  <td key={j} className={`px-3 py-2 ${numeric ? "text-right tabular-nums" : ""}`}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ShareTable({
  caption,
  label,
  rows,
  whole,
}: {
  caption: string;
  label: string;
  rows: [string, number][];
  whole: number;
}) {
  return (
    <Table
      caption={caption}
      header={[label, "件数", "占比", ""]}
      rows={rows.map(([name, count]) => [
        name,
        count,
        pct(percent(count, whole)),
        <Bar key="bar" share={percent(count, whole)} />,
      ])}
    />
  );
}

/** The figures of the selection: headline numbers, by state, class and category, per unit and per session. */
export function FiguresView({
  figures: f,
  link,
}: {
  figures: SuggestionFigures;
  link: (over: Record<string, string | undefined>) => string;
}) {
  const assigned = f.total - f.unassigned;
  return (
    <>
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label="主要数据">
        <Figure
          label="建议总数"
          value={`${f.total} 件`}
          hint={`已交办 ${assigned} 件${f.onAgenda ? `；另有议案 ${f.onAgenda} 件列入会议议程` : ""}`}
        />
        <Figure label="已答复" value={`${f.replied} 件`} hint={`尚未答复 ${assigned - f.replied} 件`} />
        <Figure label="按时答复率" value={pct(f.onTimeRate)} hint={`按时答复 ${f.onTime} 件`} />
        <Figure
          label="满意率"
          value={pct(f.satisfactionRate)}
          hint={`已评价 ${f.rated} 件：满意 ${f.satisfied}、基本满意 ${f.basicallySatisfied}、不满意 ${f.unsatisfied}`}
        />
        <Figure
          label="办成率（A 类）"
          value={pct(f.resolvedRate)}
          hint={`A ${f.byClass.A} / B ${f.byClass.B} / C ${f.byClass.C}`}
        />
        <Figure label="重新办理" value={`${f.rehandled} 件`} hint={`代表不满意退回 ${f.rehandlings} 次`} />
        <Figure label="延期办理" value={`${f.delayed} 件`} hint="提交了延办反馈书" />
        <Figure label="当前逾期" value={`${f.overdue} 件`} hint={`截至 ${f.asOf}`} />
      </dl>

      <div className="grid gap-x-4 lg:grid-cols-2">
        <Section title="按办理状态">
          <ShareTable
            caption="按办理状态统计"
            label="状态"
            whole={f.total}
            rows={STATE_ORDER.filter((s) => f.byState[s]).map((s) => [SUGGESTION_STATE_LABELS[s], f.byState[s] ?? 0])}
          />
        </Section>
        <Section title="按答复类别">
          <ShareTable
            caption="按答复类别统计（占已答复件数）"
            label="类别"
            whole={f.replied}
            rows={(["A", "B", "C"] as const).map((c) => [REPLY_CLASS_LABELS[c], f.byClass[c]])}
          />
        </Section>
        <Section title="按内容类别">
          <ShareTable
            caption="按内容类别统计"
            label="类别"
            whole={f.total}
            rows={f.byCategory.map((c) => [c.name, c.total])}
          />
        </Section>
      </div>

      <Section title="各承办单位办理情况">
        {f.units.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-600">尚无交办的建议</p>
        ) : (
          <Table
            caption="各承办单位办理情况（主办）"
            header={[
              "主办单位",
              "交办",
              "已答复",
              "按时答复",
              "按时答复率",
              "已评价",
              "满意率",
              "重新办理",
              "当前逾期",
            ]}
            rows={f.units.map((u) => [
              <Link key="u" href={link({ unitId: u.id })} className="text-blue-800 underline">
                {u.name}
              </Link>,
              u.total,
              u.replied,
              u.onTime,
              pct(u.onTimeRate),
              u.rated,
              pct(u.satisfactionRate),
              u.rehandled,
              u.overdue,
            ])}
          />
        )}
        {f.unassigned > 0 && (
          <p className="mt-1 text-sm text-stone-600">另有 {f.unassigned} 件尚未交办（已提交或已登记）。</p>
        )}
      </Section>

      <Section title="各次会议">
        {f.sessions.length === 0 ? (
          <p className="rounded border border-dashed border-stone-300 bg-white p-4 text-stone-600">暂无建议</p>
        ) : (
          <Table
            caption="按会议统计"
            header={["会议", "建议数", "已答复", "按时答复率", "已评价", "满意率", "重新办理", "当前逾期"]}
            rows={f.sessions.map((s) => [
              <Link key="s" href={link({ sessionId: s.id ?? "recess" })} className="text-blue-800 underline">
                {s.name}
              </Link>,
              s.total,
              s.replied,
              pct(s.onTimeRate),
              s.rated,
              pct(s.satisfactionRate),
              s.rehandled,
              s.overdue,
            ])}
          />
        )}
      </Section>
      <p className="mt-4 text-xs text-stone-600">
        口径：不含草稿、撤回、合并的建议和列入会议议程的议案。按时答复：第一次答复在当时的办理期限（或延办反馈书的日期）之内。答复类别以最近一次答复为准；满意率
        =（满意 + 基本满意）÷ 已评价，以代表最近一次评价为准。
      </p>
    </>
  );
}

/** 下载: the presidium's report (Word) and, for the office and chair, the half-yearly disclosure. */
export function FiguresDownloads({ figures: f, canExport }: { figures: SuggestionFigures; canExport: boolean }) {
  const report = new URLSearchParams({ year: String(f.year), ...(f.sessionId ? { sessionId: f.sessionId } : {}) });
  const month = Number(f.asOf.slice(5, 7));
  const currentHalf = Number(f.asOf.slice(0, 4)) === f.year && month <= 6 ? "1" : "2";
  return (
    <section
      aria-labelledby="downloads-title"
      className="no-print mb-4 rounded border border-stone-200 bg-white p-3 sm:p-4"
    >
      <h2 id="downloads-title" className="font-medium">
        下载
      </h2>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-end">
        <a
          href={`/api/v1/suggestions/report?${report}`}
          className="inline-flex min-h-10 items-center justify-center rounded bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800"
        >
          办理情况报告（Word）
        </a>
        {canExport && (
          <form
            method="get"
            action="/api/v1/suggestions/disclosure"
            aria-label="办理情况公开"
            className="flex flex-wrap items-end gap-2"
          >
            <input type="hidden" name="year" value={f.year} />
            <label className="flex flex-col text-sm">
              {f.year} 年办理情况公开
              <select name="half" defaultValue={currentHalf} className={`${inputClass} sm:w-52`}>
                <option value="1">上半年（1–6 月答复）</option>
                <option value="2">下半年（7–12 月答复）</option>
              </select>
            </label>
            <button
              type="submit"
              name="format"
              value="xlsx"
              className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm"
            >
              导出 Excel
            </button>
            <button
              type="submit"
              name="format"
              value="docx"
              className="min-h-10 rounded border border-stone-400 bg-white px-4 text-sm"
            >
              导出 Word
            </button>
          </form>
        )}
      </div>
      <p className="mt-2 text-xs text-stone-600">
        报告中的数字均取自系统记录，文字部分可在 Word 中修改。公开材料不含代表姓名、电话、身份证号等个人信息。
      </p>
    </section>
  );
}

import { Section } from "@/components/ui/section";
import { InlineFigure } from "@/components/ui/figure";
import { Alert } from "@/components/ui/alert";
import type { PublicityYearFigures } from "@/lib/publicity/figures";
import { PUBLICITY_KINDS } from "@/lib/publicity/rules";

/**
 * The year's score against the target and the advanced line, and the points by kind of the county's table — local
 * practice (the county's yearly notice), not law; the page says whether it is still the app's defaults.
 */
export function YearScore({
  f,
  table,
  isDefault,
}: {
  f: PublicityYearFigures;
  table: Record<string, number>;
  isDefault: boolean;
}) {
  return (
    <Section id="score" title="年度得分" description={f.rule}>
      <dl className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        <InlineFigure label="得分" value={`${f.score}分`} />
        <InlineFigure label="目标" value={`${f.target}分`} />
        <InlineFigure label="先进线" value={`${f.advanced}分`} />
        <InlineFigure label="稿件" value={`${f.items}篇`} />
        <InlineFigure label="已刊发" value={`${f.published}篇`} />
      </dl>
      <div className="mt-3">
        {f.reachedAdvanced ? (
          <Alert tone="success">已达到先进线（{f.advanced}分）。</Alert>
        ) : f.reachedTarget ? (
          <Alert tone="success">已完成目标，距先进线还差 {f.toAdvanced} 分。</Alert>
        ) : (
          <Alert tone="warning">
            距目标还差 {f.toTarget} 分，距先进线还差 {f.toAdvanced} 分。
          </Alert>
        )}
      </div>
      <table className="mt-3 w-full text-left text-sm">
        <caption className="sr-only">按计分类别（县人大宣传工作计分表）</caption>
        <thead>
          <tr className="bg-stone-100">
            <th scope="col" className="px-2 py-1">
              计分类别
            </th>
            <th scope="col" className="px-2 py-1">
              每篇
            </th>
            <th scope="col" className="px-2 py-1">
              篇数
            </th>
            <th scope="col" className="px-2 py-1">
              得分
            </th>
          </tr>
        </thead>
        <tbody>
          {f.byKind.map((k) => (
            <tr key={k.kind} className="border-t border-stone-200">
              <td className="px-2 py-1">{k.label}</td>
              <td className="px-2 py-1">{PUBLICITY_KINDS.includes(k.kind) ? `${table[k.kind]}分` : "—"}</td>
              <td className="px-2 py-1">{k.items}</td>
              <td className="px-2 py-1">{k.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-stone-600" data-testid="scoring-note">
        计分类别、每篇分值、目标分和先进分是本县的做法（县人大当年的宣传工作计分通知），不是法律规定。
        {isDefault ? "当前为系统预设的参考分值，尚未按本县计分表调整；" : "当前分值已按本县计分表在系统设置中调整；"}
        本系统暂无录入计分表的页面，分值与本县当年计分表不一致时，请联系系统管理员在系统设置中修改。已登记的稿件保留登记时的得分。
      </p>
    </Section>
  );
}

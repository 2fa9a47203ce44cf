import { inputClass } from "@/components/ui/form-field";

interface Props {
  term: { id: string; number: number };
  counts: { meetingsHeld: number; reportsHeard: number; scheduled: number };
  terms: { id: string; number: number }[];
}

/** The term's counts (meetings held, reports heard, meetings registered ahead) and the choice of term. */
export function PresidiumTermCounts({ term, counts, terms }: Props) {
  return (
    <>
      <section aria-labelledby="term-counts" className="mb-4 rounded border border-stone-200 bg-white p-4">
        <h2 id="term-counts" className="text-base font-semibold">
          第{term.number}届统计
        </h2>
        <dl className="mt-2 flex flex-wrap gap-x-8 gap-y-1 text-sm">
          <div className="flex gap-2">
            <dt className="text-stone-600">已召开主席团会议</dt>
            <dd>
              <span className="font-semibold">{counts.meetingsHeld}</span> 次
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-stone-600">听取报告</dt>
            <dd>
              <span className="font-semibold">{counts.reportsHeard}</span> 项
            </dd>
          </div>
          <div className="flex gap-2">
            <dt className="text-stone-600">已安排、尚未召开</dt>
            <dd>{counts.scheduled} 次</dd>
          </div>
        </dl>
      </section>
      {terms.length > 1 && (
        <form method="get" className="no-print mb-3 flex items-end gap-2" aria-label="选择届次">
          <label className="flex flex-col text-sm">
            届次
            <select name="termId" defaultValue={term.id} className={`${inputClass} w-36`}>
              {terms.map((t) => (
                <option key={t.id} value={t.id}>
                  第{t.number}届
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="min-h-10 rounded border border-stone-300 bg-white px-3 text-sm">
            查看
          </button>
        </form>
      )}
    </>
  );
}

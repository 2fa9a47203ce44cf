/** 出席 n / 应到 s，开会需 r 名, with 已达/未达法定人数 in words (not colour only). */
export function QuorumFigures({
  presence: p,
}: {
  presence: { present: number; sitting: number; required: number; quorum: boolean };
}) {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-label="法定人数"
      className={`flex flex-wrap items-center gap-x-4 gap-y-1 rounded border-2 px-3 py-2 ${p.quorum ? "border-green-700 bg-green-50" : "border-amber-600 bg-amber-50"}`}
    >
      <span className="text-base font-medium">
        出席 {p.present} / 应到 {p.sitting}，开会需 {p.required} 名
      </span>
      <span className={`font-semibold ${p.quorum ? "text-green-900" : "text-amber-900"}`}>
        {p.quorum ? "✓ 已达法定人数" : "✗ 未达法定人数"}
      </span>
    </div>
  );
}

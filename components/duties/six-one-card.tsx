import type { DeputySixOneCard } from "@/lib/duties/public";

/** The "六个一" card: each line's count against its target, filled from the verified entries. */
export function SixOneCardView({ card, title = "我的“六个一”" }: { card: DeputySixOneCard; title?: string }) {
  return (
    <section aria-labelledby="six-one-title" className="rounded border border-stone-200 bg-white p-3 sm:p-4">
      <h2 id="six-one-title" className="text-lg font-semibold">
        {title}（{card.year} 年）
        <span className={`ml-2 text-sm ${card.complete ? "text-green-800" : "text-stone-700"}`}>
          已完成 {card.met} / {card.lines.length} 项
        </span>
      </h2>
      <ul className="mt-2 grid gap-2 sm:grid-cols-2">
        {card.lines.map((l) => (
          <li
            key={l.key}
            className={`flex items-center justify-between rounded border px-3 py-2 text-sm ${l.met ? "border-green-300 bg-green-50" : "border-stone-300"}`}
          >
            <span>{l.label}</span>
            <span className={l.met ? "font-medium text-green-900" : "text-stone-800"}>
              {l.text} {l.met ? "✓ 已达到" : "未达到"}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-stone-600">{card.rules.card}</p>
      <p className="text-xs text-stone-600">{card.rules.valuable}</p>
    </section>
  );
}

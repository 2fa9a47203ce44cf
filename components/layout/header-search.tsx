"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { moveActive, SUGGEST_LABELS, type SuggestGroup } from "@/components/layout/search-suggestions";
import { useSearchSuggest } from "@/components/layout/use-search-suggest";

const dropdownClass =
  "absolute left-0 right-0 top-full z-30 mt-1 rounded border border-stone-300 bg-white text-sm text-stone-900 shadow-lg sm:right-auto sm:w-96";

/**
 * The header's search box: a GET form to /search, so it works without JavaScript and on a phone
 * (on a narrow screen it takes a row of its own under the title). With JavaScript, typing opens a
 * dropdown of up to eight matches grouped 代表 / 建议 / 单位 — the ARIA combobox pattern: arrows
 * move, Enter opens the chosen record, Escape closes; Enter with nothing chosen goes to /search.
 */
export function HeaderSearch() {
  const router = useRouter();
  const id = useId();
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const boxRef = useRef<HTMLFormElement>(null);
  const groups = useSearchSuggest(q);
  const hits = groups?.flatMap((g) => g.items) ?? [];
  const shown = open && groups !== null;

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive((a) => moveActive(a, hits.length, e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Escape" && shown) {
      e.preventDefault(); // keep the words: a type="search" box would clear them
      close();
    } else if (e.key === "Enter" && shown && hits[active]) {
      e.preventDefault();
      close();
      router.push(hits[active].href);
    }
  };

  return (
    <form
      ref={boxRef}
      role="search"
      action="/search"
      method="get"
      aria-label="全站搜索"
      className="relative order-last flex w-full gap-1 sm:order-none sm:w-auto"
      onBlur={(e) => !boxRef.current?.contains(e.relatedTarget as Node | null) && close()}
    >
      <label htmlFor="header-search" className="sr-only">
        搜索代表、建议或承办单位
      </label>
      <input
        id="header-search"
        type="search"
        name="q"
        maxLength={50}
        autoComplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown && hits.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={shown && active >= 0 ? `${id}-opt-${active}` : undefined}
        placeholder="代表姓名、建议编号或标题、单位"
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        className="min-h-10 min-w-0 flex-1 rounded border border-white/40 bg-white px-2 text-sm text-stone-900 placeholder:text-stone-500 sm:w-64"
      />
      <button
        type="submit"
        className="min-h-10 shrink-0 rounded border border-white/60 px-3 text-sm font-medium text-white hover:bg-brand-700"
      >
        搜索
      </button>
      {shown && !hits.length && (
        <p className={`${dropdownClass} px-3 py-2 text-stone-600`}>没有匹配的结果，按回车查看搜索页</p>
      )}
      <SuggestionList id={id} groups={shown ? groups : []} active={active} onHover={setActive} onFollow={close} />
    </form>
  );
}

/** The listbox: a group per kind, its options `${id}-opt-N` numbered across the groups. */
function SuggestionList(props: {
  id: string;
  groups: SuggestGroup[];
  active: number;
  onHover: (i: number) => void;
  onFollow: () => void;
}) {
  const { id, groups, active } = props;
  let index = 0;
  return (
    <div
      id={`${id}-list`}
      role="listbox"
      aria-label="搜索建议"
      hidden={!groups.length}
      className={`${dropdownClass} max-h-[70vh] overflow-y-auto py-1`}
    >
      {groups.map((g) => (
        <div key={g.kind} role="group" aria-labelledby={`${id}-${g.kind}`}>
          <div id={`${id}-${g.kind}`} role="presentation" className="px-3 pt-2 text-xs font-medium text-stone-600">
            {SUGGEST_LABELS[g.kind]}
          </div>
          {g.items.map((h) => {
            const i = index++;
            return (
              <Link
                key={h.id}
                id={`${id}-opt-${i}`}
                href={h.href}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                onClick={props.onFollow}
                onMouseEnter={() => props.onHover(i)}
                className="flex min-h-10 items-baseline justify-between gap-3 px-3 py-2 aria-selected:bg-stone-200"
              >
                <span className="min-w-0 break-words">{h.title}</span>
                {h.detail && <span className="shrink-0 text-xs text-stone-600">{h.detail}</span>}
              </Link>
            );
          })}
        </div>
      ))}
    </div>
  );
}

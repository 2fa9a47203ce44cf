"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export interface MainNavSection {
  id: string;
  label: string;
  items: { href: string; label: string }[];
}

const linkClass =
  "block whitespace-nowrap px-3 py-2 text-sm text-white hover:bg-brand-800 aria-[current=page]:bg-brand-800";

/** Escape anywhere, or a click outside `ref`, calls `close`. */
function useDismiss(ref: React.RefObject<HTMLElement | null>, close: () => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === "Escape" && close();
    const onClick = (e: MouseEvent) => ref.current && !ref.current.contains(e.target as Node) && close();
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("click", onClick);
    };
  }, [ref, close]);
}

function NavLink({ href, label, onFollow }: { href: string; label: string; onFollow: () => void }) {
  const current = usePathname() === href;
  return (
    <Link href={href} onClick={onFollow} aria-current={current ? "page" : undefined} className={linkClass}>
      {label}
    </Link>
  );
}

/** One section: on a phone a caption over its links; from 768 px a button that opens them below it. */
function NavSectionItem(props: { section: MainNavSection; open: boolean; toggle: () => void; onFollow: () => void }) {
  const { section: s, open, toggle, onFollow } = props;
  return (
    <li className="md:relative">
      <span className="block px-3 pt-3 pb-1 text-xs text-white/80 md:hidden" aria-hidden="true">
        {s.label}
      </span>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`main-nav-${s.id}`}
        onClick={toggle}
        className="hidden whitespace-nowrap px-3 py-2 text-sm text-white hover:bg-brand-800 md:block"
      >
        {s.label}
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul
        id={`main-nav-${s.id}`}
        aria-label={s.label}
        className={`pl-3 md:absolute md:left-0 md:z-20 md:min-w-40 md:bg-brand-700 md:pl-0 md:shadow-lg ${open ? "md:block" : "md:hidden"}`}
      >
        {s.items.map((item) => (
          <li key={item.href}>
            <NavLink href={item.href} label={item.label} onFollow={onFollow} />
          </li>
        ))}
      </ul>
    </li>
  );
}

/**
 * The main navigation (WAI-ARIA disclosure pattern). On a phone: one 菜单 button that opens every
 * section and its pages as a list. From 768 px: a bar with 首页 and one button per section, each
 * opening its pages below it. Escape, a click elsewhere or following a link closes what is open.
 */
export function MainNav({ home, sections }: { home: { href: string; label: string }; sections: MainNavSection[] }) {
  const [menuOpen, setMenuOpen] = useState(false);
  const [openSection, setOpenSection] = useState<string | null>(null);
  const navRef = useRef<HTMLElement>(null);
  const [close] = useState(() => () => {
    setMenuOpen(false);
    setOpenSection(null);
  });
  useDismiss(navRef, close);

  return (
    <nav ref={navRef} aria-label="主导航" className="bg-brand-700">
      <div className="mx-auto max-w-6xl px-2">
        <button
          type="button"
          aria-expanded={menuOpen}
          aria-controls="main-nav-panel"
          onClick={() => setMenuOpen((o) => !o)}
          className="min-h-10 px-3 py-2 text-sm text-white md:hidden"
        >
          {menuOpen ? "收起菜单" : "菜单"}
        </button>
        <ul id="main-nav-panel" className={`${menuOpen ? "block" : "hidden"} pb-2 md:flex md:gap-1 md:pb-0`}>
          <li>
            <NavLink href={home.href} label={home.label} onFollow={close} />
          </li>
          {sections.map((s) => (
            <NavSectionItem
              key={s.id}
              section={s}
              open={openSection === s.id}
              toggle={() => setOpenSection(openSection === s.id ? null : s.id)}
              onFollow={close}
            />
          ))}
        </ul>
      </div>
    </nav>
  );
}

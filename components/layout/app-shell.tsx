import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { NAV_ITEMS } from "@/lib/navigation";
import { ROLE_LABELS } from "@/lib/i18n/zh-CN";
import { SignOutButton } from "@/components/layout/sign-out-button";

export function AppShell({
  actor,
  townshipName,
  children,
}: {
  actor: Actor;
  townshipName: string;
  children: React.ReactNode;
}) {
  const items = NAV_ITEMS.filter((item) => can(actor, item.permission));
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2"
      >
        跳到正文
      </a>
      <header className="no-print bg-brand-800 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <Link href="/" className="text-base font-semibold sm:text-lg">
            {townshipName}人大工作平台
          </Link>
          <div className="flex items-center gap-2 text-sm">
            <span>
              {actor.displayName}
              <span className="hidden sm:inline">（{ROLE_LABELS[actor.role]}）</span>
            </span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="主导航" className="bg-brand-700">
          <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2">
            {items.map((item) => (
              <li key={item.href}>
                <Link
                  href={item.href}
                  className="block whitespace-nowrap px-3 py-2 text-sm text-white hover:bg-brand-800"
                >
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-3 py-4 sm:px-4 sm:py-6">
        {children}
      </main>
    </div>
  );
}

import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/policy";
import { HOME_ITEM, visibleSections } from "@/lib/navigation";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { MainNav } from "@/components/layout/main-nav";
import { HeaderSearch } from "@/components/layout/header-search";

export function AppShell({
  actor,
  townshipName,
  children,
}: {
  actor: Actor;
  townshipName: string;
  children: React.ReactNode;
}) {
  const sections = visibleSections((permission) => can(actor, permission));
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
          {can(actor, "search.run") && <HeaderSearch />}
          <div className="flex items-center gap-2 text-sm">
            <span>
              {actor.displayName}
              <span className="hidden sm:inline">（{ROLE_LABELS[actor.role]}）</span>
            </span>
            <SignOutButton />
          </div>
        </div>
        <MainNav
          home={{ href: HOME_ITEM.href, label: HOME_ITEM.label }}
          sections={sections.map((s) => ({
            id: s.id,
            label: s.label,
            items: s.items.map(({ href, label }) => ({ href, label })),
          }))}
        />
      </header>
      <main id="main" className="mx-auto max-w-6xl px-3 py-4 sm:px-4 sm:py-6">
        {children}
      </main>
    </div>
  );
}

import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { townshipName } from "@/lib/text/township";
import { can } from "@/lib/auth/policy";
import { countyTownships } from "@/lib/county/access";
import { AppShell } from "@/components/layout/app-shell";
import { Alert } from "@/components/ui/alert";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor("dashboard.view");
  // A county account's header names its county (县人大), not the township its account is attached to.
  const county = can(actor, "county.view") ? (await countyTownships(actor)).county : null;
  return (
    <AppShell actor={actor} townshipName={county?.name ?? (await townshipName(actor))}>
      {actor.mustChangePassword && (
        <div className="no-print mb-4">
          <Alert tone="warning">
            您的密码由管理员设置，请尽快
            <Link href="/account/password" className="underline">
              修改密码
            </Link>
            。
          </Alert>
        </div>
      )}
      {children}
    </AppShell>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { userView } from "@/lib/users/views";
import { isTownshipRole, ROLE_LABELS } from "@/lib/auth/labels";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { UserCorrectionForm } from "@/components/users/user-correction-form";

export const metadata: Metadata = { title: "账号" };

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("user.correct");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const { user, corrections, options, isSelf } = await orNotFound(userView(actor, id));
  const role = user.role;
  if (!isTownshipRole(role)) notFound(); // lib/users never loads a county account; the type does not know it
  return (
    <>
      <PageHeader
        title={`账号 ${user.username}`}
        description="账号的姓名和角色只能通过更正修改，原值和原因保留在更正记录中。"
        actions={
          <Link href="/users" className="text-sm text-blue-800 underline">
            返回列表
          </Link>
        }
      />
      <Section id="facts" title="基本信息">
        <Facts
          rows={[
            ["姓名", user.displayName],
            ["角色", ROLE_LABELS[user.role]],
            ["关联", user.deputy?.name ?? user.unit?.name ?? "—"],
            ["状态", user.active ? "在用" : "已停用"],
          ]}
        />
      </Section>
      <Section
        id="correct"
        title="更正姓名或角色"
        description={isSelf ? "不能更正自己的角色。" : "更正角色后，该账号需要重新登录。"}
      >
        <UserCorrectionForm
          id={user.id}
          initial={{
            displayName: user.displayName,
            role,
            deputyId: user.deputyId ?? undefined,
            unitId: user.unitId ?? undefined,
            version: user.version,
          }}
          deputies={options.deputies}
          units={options.units}
        />
      </Section>
      <CorrectionHistory entries={corrections} />
    </>
  );
}

import type { Metadata } from "next";
import { requirePageActor } from "@/lib/auth/page";
import { PageHeader } from "@/components/ui/page-header";
import { PasswordForm } from "@/components/auth/password-form";

export const metadata: Metadata = { title: "修改密码" };

export default async function PasswordPage() {
  await requirePageActor("account.change_password");
  return (
    <>
      <PageHeader title="修改密码" />
      <PasswordForm />
    </>
  );
}

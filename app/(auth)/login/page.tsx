import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getPageActor } from "@/lib/auth/page";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "登录" };
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getPageActor()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center bg-stone-100 px-4">
      <div className="w-full max-w-sm rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <h1 className="text-center text-xl font-semibold text-brand-800">乡镇人大工作平台</h1>
        <p className="mb-6 mt-1 text-center text-sm text-stone-600">请使用人大办分配的账号登录</p>
        <LoginForm />
      </div>
    </main>
  );
}

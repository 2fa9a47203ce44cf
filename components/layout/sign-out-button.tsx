"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/login" })}
      className="min-h-10 rounded px-3 py-2 text-sm text-white underline-offset-2 hover:underline"
    >
      退出登录
    </button>
  );
}

"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { apiSend } from "@/components/ui/api";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form-field";

/** Disable/enable an account or give it a new password; both end its sessions on the server. */
export function UserRowActions({
  id,
  username,
  active,
  version,
  isSelf,
}: {
  id: string;
  username: string;
  active: boolean;
  version: number;
  isSelf: boolean;
}) {
  const router = useRouter();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState("");
  const [message, setMessage] = useState<string | null>(null);

  async function toggle() {
    const res = await apiSend(`/api/v1/users/${id}`, "PATCH", { active: !active, version });
    setMessage(res.ok ? null : res.error.message);
    router.refresh();
  }
  async function reset() {
    const res = await apiSend(`/api/v1/users/${id}/reset-password`, "POST", { newPassword: password });
    if (res.ok) {
      setResetting(false);
      setPassword("");
      setMessage("密码已重置，该账号已被强制下线");
    } else setMessage(res.error.fields?.newPassword ?? res.error.message);
  }
  async function unlock() {
    const res = await apiSend<{ wasLocked: boolean }>(`/api/v1/users/${id}/unlock`, "POST");
    if (res.ok) setMessage(res.data.wasLocked ? "已解除登录锁定" : "该账号未被锁定，已清除失败记录");
    else setMessage(res.error.message);
  }

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap gap-2">
        {!isSelf && (
          <Button
            variant={active ? "danger" : "secondary"}
            onClick={toggle}
            aria-label={`${active ? "停用" : "启用"}账号 ${username}`}
          >
            {active ? "停用" : "启用"}
          </Button>
        )}
        <Button variant="secondary" onClick={() => setResetting((v) => !v)} aria-label={`重置账号 ${username} 的密码`}>
          重置密码
        </Button>
        <Button variant="secondary" onClick={unlock} aria-label={`解除账号 ${username} 的登录锁定`}>
          解除锁定
        </Button>
      </div>
      {resetting && (
        <div className="flex flex-wrap items-center gap-2">
          <label className="sr-only" htmlFor={`pw-${id}`}>
            {username} 的新密码
          </label>
          <input
            id={`pw-${id}`}
            type="password"
            autoComplete="new-password"
            placeholder="新密码（至少 8 位）"
            className={`${inputClass} max-w-52`}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
          <Button onClick={reset}>确认重置</Button>
        </div>
      )}
      {message && (
        <p role="status" className="text-sm text-stone-700">
          {message}
        </p>
      )}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiSend } from "@/components/ui/api";
import { Button } from "@/components/ui/button";

export function UnitActiveToggle({
  id,
  name,
  active,
  version,
}: {
  id: string;
  name: string;
  active: boolean;
  version: number;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  async function toggle() {
    const res = await apiSend(`/api/v1/units/${id}`, "PATCH", { active: !active, version });
    setError(res.ok ? null : res.error.message);
    router.refresh();
  }
  return (
    <span className="flex flex-col gap-1">
      <Button variant="secondary" onClick={toggle} aria-label={`${active ? "停用" : "启用"} ${name}`}>
        {active ? "停用" : "启用"}
      </Button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}

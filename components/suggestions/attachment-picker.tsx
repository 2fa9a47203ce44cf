"use client";

import { useState } from "react";
import {
  ATTACHMENT_ACCEPT,
  ATTACHMENT_EXTENSIONS,
  ATTACHMENT_TYPES_TEXT,
  extensionOf,
  formatSize,
} from "@/lib/files/types";
import { FormField } from "@/components/ui/form-field";
import { FileInput } from "@/components/ui/file-input";

export interface AttachmentLimits {
  maxMb: number;
  maxFiles: number;
}

/**
 * 附件: a native file input (keyboard and screen-reader friendly) that adds to a list the user can
 * trim before sending. Type, size and count are checked here for a quick answer; the server checks
 * again, including the file's first bytes.
 */
export function AttachmentPicker({
  files,
  onChange,
  limits,
  error,
  already = 0,
  label = "附件",
}: {
  files: File[];
  onChange: (files: File[]) => void;
  limits: AttachmentLimits;
  error?: string | null;
  already?: number;
  label?: string;
}) {
  const [local, setLocal] = useState<string | null>(null);
  const room = limits.maxFiles - already;
  function add(list: FileList | null) {
    const picked = Array.from(list ?? []);
    const bad = picked.find((f) => !(ATTACHMENT_EXTENSIONS as readonly string[]).includes(extensionOf(f.name)));
    const big = picked.find((f) => f.size > limits.maxMb * 1024 * 1024);
    if (bad) return setLocal(`附件：“${bad.name}”的类型不允许，只能上传 ${ATTACHMENT_TYPES_TEXT} 文件`);
    if (big) return setLocal(`附件：“${big.name}”超过 ${limits.maxMb} MB 的上限`);
    if (files.length + picked.length > room)
      return setLocal(`附件：最多 ${limits.maxFiles} 个文件${already ? `（已有 ${already} 个）` : ""}`);
    setLocal(null);
    onChange([...files, ...picked]);
  }
  return (
    <div className="flex flex-col gap-2">
      <FormField
        label={label}
        error={local ?? error ?? undefined}
        hint={`可选。每个文件不超过 ${limits.maxMb} MB，最多 ${limits.maxFiles} 个；${ATTACHMENT_TYPES_TEXT}`}
      >
        <FileInput
          multiple
          accept={ATTACHMENT_ACCEPT}
          onChange={(e) => {
            add(e.currentTarget.files);
            e.currentTarget.value = "";
          }}
        />
      </FormField>
      {files.length > 0 && (
        <ul aria-label={`已选择的${label}`} className="flex flex-col gap-1 text-sm">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="flex min-w-0 items-center gap-2">
              <span className="min-w-0 flex-1 truncate" title={f.name}>
                {f.name}
              </span>
              <span className="shrink-0 text-stone-600">{formatSize(f.size)}</span>
              <button
                type="button"
                className="min-h-10 shrink-0 px-2 text-red-800 underline"
                aria-label={`移除 ${f.name}`}
                onClick={() => onChange(files.filter((_, j) => j !== i))}
              >
                移除
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

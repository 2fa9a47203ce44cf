"use client";

import { useEffect, useId, useRef, useState, type InputHTMLAttributes } from "react";

/**
 * A file input that reads in Chinese: a 选择文件 button and the chosen file's name (or 未选择文件), where
 * browsers print "Choose file / No file chosen" in their own language. The native input stays in place,
 * visually hidden but focusable (Tab, then Space or Enter opens the picker), named by its form label and
 * read by forms through FormData as before; a form's reset clears the name shown.
 */
export function FileInput({ id, className, onChange, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const own = useId();
  const inputId = id ?? own;
  const ref = useRef<HTMLInputElement>(null);
  const [chosen, setChosen] = useState("");
  useEffect(() => {
    const form = ref.current?.form;
    const clear = () => setChosen("");
    form?.addEventListener("reset", clear);
    return () => form?.removeEventListener("reset", clear);
  }, []);
  return (
    <div className={`flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 ${className ?? ""}`}>
      <input
        {...props}
        ref={ref}
        id={inputId}
        type="file"
        className="peer sr-only"
        onChange={(e) => {
          onChange?.(e);
          // Read after the caller's handler: a picker that moves files to its own list empties the input.
          setChosen(Array.from(e.currentTarget.files ?? [], (f) => f.name).join("、"));
        }}
      />
      <span
        aria-hidden="true"
        onClick={() => ref.current?.click()}
        className={`inline-flex min-h-10 cursor-pointer select-none items-center rounded border border-stone-400 bg-stone-100 px-3 text-sm text-stone-900 hover:bg-stone-200 peer-focus-visible:outline peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-800 ${props.disabled ? "cursor-not-allowed opacity-60" : ""}`}
      >
        选择文件
      </span>
      <span aria-hidden="true" className="min-w-0 break-all text-sm text-stone-700">
        {chosen || "未选择文件"}
      </span>
    </div>
  );
}

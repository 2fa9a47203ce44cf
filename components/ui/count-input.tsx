import type { ComponentProps } from "react";
import { inputClass } from "@/components/ui/form-field";

/** A count typed into a number input: empty stays undefined (the schema says it is missing), else a number. */
export const asCount = {
  setValueAs: (v: unknown) => (v === "" || v === undefined || v === null ? undefined : Number(v)),
};

/** A whole number of ballots, votes or people: numeric keypad on phones, not below zero. */
export function CountInput({ className = inputClass, ...props }: ComponentProps<"input">) {
  return <input type="number" min={0} inputMode="numeric" className={className} {...props} />;
}

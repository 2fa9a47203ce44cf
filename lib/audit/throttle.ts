/**
 * Refusals (denied routes, sign-ins while locked) are audited, but a script repeating one refused
 * request must not flood the append-only audit table: per key (actor + route, or name + address)
 * at most one row per window; the next row written for that key carries `repeated`, the number of
 * refusals in between that were counted but not written. Per process, in memory (one Node process
 * serves the app); a restart forgets the counts, never the rows.
 */
export const AUDIT_THROTTLE_MS = 60_000;
const MAX_KEYS = 10_000;

interface Slot {
  writtenAt: number;
  suppressed: number;
}

// On globalThis: Next.js may bundle this module more than once per process.
const shared = globalThis as typeof globalThis & { __auditThrottle?: Map<string, Slot> };
const slots = (shared.__auditThrottle ??= new Map());

/** Runs `write(repeated)` unless a row for `key` was written less than a window ago. */
export async function auditThrottled(
  key: string,
  write: (repeated: number) => Promise<unknown>,
  now = Date.now(),
): Promise<boolean> {
  const slot = slots.get(key);
  if (slot && now - slot.writtenAt < AUDIT_THROTTLE_MS) {
    slot.suppressed++;
    return false;
  }
  const repeated = slot?.suppressed ?? 0;
  slots.delete(key); // re-inserted last: the map's order is the eviction order
  if (slots.size >= MAX_KEYS) slots.delete(slots.keys().next().value!);
  slots.set(key, { writtenAt: now, suppressed: 0 });
  await write(repeated);
  return true;
}

/** For tests: forget every window. */
export function resetAuditThrottle(): void {
  slots.clear();
}

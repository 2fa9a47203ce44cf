// Chinese labels of reception-day values.
import type { DayStatus } from "@/lib/reception/rules";

export const RECEPTION_STATUS_LABELS: Record<DayStatus, string> = {
  PLANNED: "待举行",
  HELD: "已举行",
  UNRECORDED: "待登记",
  CANCELLED: "已取消",
};

/** A deputy's duty at a reception day as their record states it: came or not once recorded, else the day's status. */
export function dutyPresenceText(d: { present: boolean | null; status: DayStatus }): string {
  if (d.present === true) return "到岗";
  if (d.present === false) return "未到岗";
  return RECEPTION_STATUS_LABELS[d.status];
}

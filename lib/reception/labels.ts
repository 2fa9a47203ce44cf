// Chinese labels of reception-day values.
import type { DayStatus } from "@/lib/reception/rules";

export const RECEPTION_STATUS_LABELS: Record<DayStatus, string> = {
  PLANNED: "待举行",
  HELD: "已举行",
  UNRECORDED: "待登记",
  CANCELLED: "已取消",
};

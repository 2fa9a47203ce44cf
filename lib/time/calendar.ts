// The official working calendar for services: the package's arrangement plus the office's overrides.
import { workingCalendar, type WorkingCalendar } from "@/lib/time/working-days";

/** The calendar for one service call. */
export async function loadWorkingCalendar(): Promise<WorkingCalendar> {
  return workingCalendar();
}

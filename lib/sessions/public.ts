// The sessions' public interface: the only module other domains import from lib/sessions
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { nextPresidiumMeeting, upcomingSession } from "@/lib/sessions/upcoming";
export { presidiumTermCounts } from "@/lib/sessions/meetings";
export { sessionYearFigures, type SessionYearFigures } from "@/lib/sessions/year-figures";
export {
  deputySessionAttendance,
  type DeputyAttendance,
  type DeputySessionEntry,
} from "@/lib/sessions/deputy-attendance";
export { ATTENDANCE_LABELS } from "@/lib/sessions/labels";

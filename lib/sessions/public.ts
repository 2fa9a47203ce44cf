// The sessions' public interface: the only module other domains import from lib/sessions
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { nextPresidiumMeeting, upcomingSession } from "@/lib/sessions/upcoming";
export { presidiumTermCounts } from "@/lib/sessions/meetings";

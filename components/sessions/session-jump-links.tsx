/** The parts of a session's page, in page order; each is a Section with this id. */
export const SESSION_PARTS = [
  { id: "checklist", label: "筹备" },
  { id: "agenda", label: "议程" },
  { id: "attendance", label: "签到" },
  { id: "votes", label: "表决" },
  { id: "elections", label: "选举" },
  { id: "minutes", label: "纪要" },
] as const;
export type SessionPart = (typeof SESSION_PARTS)[number]["id"];

/**
 * Jump links to the parts of the page shown to this user, kept at the top of the screen while scrolling
 * (plain anchors: Tab and Enter work, and the address names the part).
 */
export function SessionJumpLinks({ shown }: { shown: SessionPart[] }) {
  return (
    <nav
      aria-label="会议各部分"
      className="no-print sticky top-0 z-10 -mx-3 mt-3 border-b border-stone-300 bg-stone-50/95 px-3 backdrop-blur sm:mx-0 sm:rounded sm:border"
    >
      <ul className="flex gap-1 overflow-x-auto">
        {SESSION_PARTS.filter((p) => shown.includes(p.id)).map((p) => (
          <li key={p.id} className="shrink-0">
            <a
              href={`#${p.id}`}
              className="flex min-h-11 items-center px-3 text-base font-medium text-blue-800 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-800"
            >
              {p.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

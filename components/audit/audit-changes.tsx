import { auditChanges } from "@/lib/audit/changes";
import { ROLE_LABELS } from "@/lib/auth/labels";
import { DEPUTY_STATUS_LABELS, GENDER_LABELS, JOIN_METHOD_LABELS, LEVEL_LABELS } from "@/lib/roster/labels";
import { ATTENDANCE_LABELS, SESSION_KIND_LABELS, SESSION_STATUS_LABELS } from "@/lib/sessions/labels";
import {
  MOTION_DECISION_LABELS,
  RATING_LABELS,
  REPLY_CLASS_LABELS,
  SUGGESTION_KIND_LABELS,
  SUGGESTION_STATE_LABELS,
} from "@/lib/suggestions/labels";
import { UNIT_KIND_LABELS } from "@/lib/units/labels";

/** The coded values of every domain, in words (the codes are distinct across enums). */
const VALUE_LABELS: Record<string, string> = {
  ...ROLE_LABELS,
  ...DEPUTY_STATUS_LABELS,
  ...GENDER_LABELS,
  ...JOIN_METHOD_LABELS,
  ...LEVEL_LABELS,
  ...SESSION_KIND_LABELS,
  ...SESSION_STATUS_LABELS,
  ...ATTENDANCE_LABELS,
  ...SUGGESTION_KIND_LABELS,
  ...SUGGESTION_STATE_LABELS,
  ...REPLY_CLASS_LABELS,
  ...RATING_LABELS,
  ...MOTION_DECISION_LABELS,
  ...UNIT_KIND_LABELS,
};

/** An audit row's before/after as a short table of the fields that changed. */
export function AuditChanges({ before, after }: { before: unknown; after: unknown }) {
  const changes = auditChanges(before, after, (v) => VALUE_LABELS[v]);
  if (!changes.length) return <span className="text-stone-500">—</span>;
  const created = before == null;
  return (
    <details>
      <summary className="cursor-pointer text-blue-800">{created ? "内容" : `改动 ${changes.length} 项`}</summary>
      <dl className="mt-1 max-w-md space-y-1 text-xs">
        {changes.map((c) => (
          <div key={c.field}>
            <dt className="font-medium text-stone-700">{c.label}</dt>
            <dd className="break-words">
              {c.before === null ? (
                c.after
              ) : c.after === null ? (
                <>原为 {c.before}</>
              ) : (
                <>
                  <span className="text-stone-600">{c.before}</span> → {c.after}
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

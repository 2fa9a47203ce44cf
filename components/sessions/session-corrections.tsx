import type { CorrectionView } from "@/lib/audit/corrections";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { SessionCorrectionForm } from "@/components/sessions/session-correction-form";

/** The session's 更正记录 (originals kept), and for the office once opened the form to record a correction. */
export function SessionCorrections({
  entries,
  canCorrect,
  ...form
}: {
  entries: CorrectionView[];
  canCorrect: boolean;
  sessionId: string;
  version: number;
  startDate: string;
  endDate: string;
  venue: string;
  agenda: { id: string; title: string }[];
}) {
  return (
    <>
      <CorrectionHistory id="corrections" entries={entries} />
      {canCorrect && (
        <details className="no-print -mt-2 mb-4 rounded border border-stone-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-blue-800">更正会期、会场或议程</summary>
          <div className="mt-3">
            <SessionCorrectionForm {...form} />
          </div>
        </details>
      )}
    </>
  );
}

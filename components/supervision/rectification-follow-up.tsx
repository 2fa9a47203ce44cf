import { FindingsSection } from "@/components/supervision/findings-section";
import { OpinionsSection } from "@/components/supervision/opinions-section";
import { RepollSection } from "@/components/supervision/rectification-repoll";
import { ActivitySuggestionsSection } from "@/components/supervision/rectification-suggestions";
import type { ActivityFollowUp } from "@/lib/supervision/rectification/activity-view";

/** The activity page's follow-up: findings, opinions and rectification, the 再测评, suggestions raised. */
export function FollowUpSections({ f }: { f: ActivityFollowUp }) {
  return (
    <>
      <FindingsSection f={f} />
      <OpinionsSection f={f} />
      {f.repoll && <RepollSection r={f.repoll} />}
      <ActivitySuggestionsSection f={f} />
    </>
  );
}

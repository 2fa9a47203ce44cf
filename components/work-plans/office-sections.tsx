// The plan page's forms below the text: 党委审定, new items, the plan's own fields (or their correction), next
// year's draft, and the 更正记录 once approved.
import type { WorkPlanView } from "@/lib/work-plans/views";
import { Section } from "@/components/ui/section";
import { CorrectionHistory } from "@/components/ui/correction-history";
import { AddItemForm, ApproveForm, DraftNextForm, PlanFieldsForm } from "@/components/work-plans/plan-forms";

export function OfficeSections({ v }: { v: WorkPlanView }) {
  const { plan, approved, may } = v;
  return (
    <>
      {may.approve && (
        <Section id="approve" title="党委审定">
          <ApproveForm planId={plan.id} version={plan.version} today={v.today} />
        </Section>
      )}
      {may.manage && (
        <>
          <Section id="add" title={approved ? "新增事项（更正）" : "新增事项"}>
            <AddItemForm planId={plan.id} version={plan.version} approved={approved} />
          </Section>
          <Section id="edit" title={approved ? "更正工作要点" : "修改标题和开头"}>
            <PlanFieldsForm
              planId={plan.id}
              version={plan.version}
              approved={approved}
              initial={{
                title: plan.title,
                preamble: plan.preamble,
                approvedOn: plan.approvedOn,
                approvalNote: plan.approvalNote,
              }}
            />
          </Section>
          <Section id="next" title="起草明年工作要点">
            <DraftNextForm planId={plan.id} nextYear={plan.year + 1} />
          </Section>
        </>
      )}
      {approved && <CorrectionHistory id="corrections" entries={plan.corrections} />}
    </>
  );
}

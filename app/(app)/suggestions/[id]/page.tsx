import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { orNotFound, requirePageActor } from "@/lib/auth/page";
import { IdParams, parseSearchParams } from "@/lib/http/validation";
import { getSettings } from "@/lib/settings";
import { listUnits } from "@/lib/units/service";
import { SuggestionListQuery } from "@/lib/suggestions/schema";
import { getSuggestionOrThrow, listSuggestions } from "@/lib/suggestions/service";
import { listAttachments } from "@/lib/suggestions/attachments";
import { canManageSuggestionFiles, canTransition, isEditable } from "@/lib/suggestions/policy";
import { SUGGESTION_KIND_LABELS } from "@/lib/i18n/zh-CN";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/suggestions/section";
import { AssignmentSection, ReplySection, SuggestionContent } from "@/components/suggestions/suggestion-record";
import { SuggestionActions } from "@/components/suggestions/suggestion-actions";
import { Timeline } from "@/components/suggestions/timeline";
import { AttachmentSection } from "@/components/suggestions/attachment-section";

export const metadata: Metadata = { title: "代表建议" };

export default async function SuggestionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageActor("suggestion.view");
  const { id } = parseSearchParams(IdParams.partial(), await params);
  if (!id) notFound();
  const s = await orNotFound(getSuggestionOrThrow(actor, id));
  const full = "events" in s ? s : null;
  // The choices of a step, loaded only when the actor may take it now: units to assign, suggestions to merge into.
  const ref = { townshipId: actor.townshipId, published: s.published };
  const open = (action: "assign" | "merge") =>
    !!full && full.actions.includes(action) && canTransition(actor, ref, s.relation, action);
  const [units, registered, assigned, settings, attachments] = await Promise.all([
    open("assign") ? listUnits(actor, { page: 1, pageSize: 100, active: "true" }) : null,
    open("merge") ? listSuggestions(actor, SuggestionListQuery.parse({ state: "REGISTERED", pageSize: 100 })) : null,
    open("merge") ? listSuggestions(actor, SuggestionListQuery.parse({ state: "ASSIGNED", pageSize: 100 })) : null,
    getSettings(),
    listAttachments(actor, id),
  ]);
  const limits = {
    maxMb: settings["suggestions.attachmentMaxMb"],
    maxFiles: settings["suggestions.attachmentMaxFiles"],
  };
  const mayUpload = !!full && canManageSuggestionFiles(actor, ref, s.relation) && isEditable(s.state);
  const mergeTargets = [...(registered?.items ?? []), ...(assigned?.items ?? [])]
    .filter((t) => t.id !== s.id)
    .map((t) => ({ id: t.id, name: `${t.number ?? "未登记"} ${t.title}` }));
  return (
    <>
      <PageHeader
        title={s.title}
        description={`${s.number ? `编号 ${s.number}` : "尚未登记"} · ${SUGGESTION_KIND_LABELS[s.kind]} · ${s.category}`}
        actions={
          <Link href="/suggestions" className="text-sm text-blue-800 underline">
            返回列表
          </Link>
        }
      />
      <SuggestionContent s={s} />
      <AttachmentSection suggestionId={s.id} items={attachments} upload={mayUpload ? { limits } : null} />
      {full && full.assignments.length > 0 && <AssignmentSection s={full} />}
      <ReplySection s={s} />
      {full && (
        <SuggestionActions
          actor={actor}
          s={full}
          units={units?.items ?? []}
          mergeTargets={mergeTargets}
          delayMonths={settings["suggestions.broadReplyMonths"]}
          limits={limits}
        />
      )}
      {full && (
        <Section id="timeline" title="办理过程">
          <Timeline events={full.events} />
        </Section>
      )}
    </>
  );
}

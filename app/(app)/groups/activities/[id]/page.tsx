import type { Metadata } from "next";
import Link from "next/link";
import { recordPage } from "@/lib/auth/page";
import { groupActivityView } from "@/lib/group-activities/views";
import { PageHeader } from "@/components/ui/page-header";
import { Facts, Section } from "@/components/ui/section";
import { CompleteForm, EditActivityForm, PhotoUpload } from "@/components/group-activities/record-forms";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";

type Props = { params: Promise<{ id: string }> };
const load = recordPage("group_activity.view", groupActivityView);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { activity: a } = await load(params);
  return { title: `${a.groupName} ${a.heldOn} ${a.topic}` };
}

const FIVE: [keyof Awaited<ReturnType<typeof load>>["activity"]["fiveHave"], string][] = [
  ["plan", "计划"],
  ["content", "内容"],
  ["record", "记录"],
  ["summary", "总结"],
  ["followUp", "跟踪落实"],
];

const Text = ({ text }: { text: string | null }) =>
  text ? (
    <p className="whitespace-pre-line break-words text-sm">{text}</p>
  ) : (
    <p className="text-sm text-stone-600">未填写</p>
  );

type Activity = Awaited<ReturnType<typeof load>>["activity"];

function PhotosAndSuggestions({ a }: { a: Activity }) {
  return (
    <>
      <Section id="photos" title={`活动照片（${a.photos.length}）`}>
        <ul className="flex flex-wrap gap-2">
          {a.photos.map((p) => (
            <li key={p.id} className="flex flex-col items-start gap-1">
              {/* eslint-disable-next-line @next/next/no-img-element -- served by the API with its own headers */}
              <img
                src={`/api/v1/group-activities/${a.id}/photos/${p.id}`}
                alt={p.filename}
                className="h-28 w-auto rounded border"
              />
              {a.abilities.record && (
                <ConfirmDeleteButton
                  url={`/api/v1/group-activities/${a.id}/photos/${p.id}`}
                  name={`照片 ${p.filename}`}
                />
              )}
            </li>
          ))}
        </ul>
        {a.abilities.record && (
          <div className="no-print mt-3">
            <PhotoUpload id={a.id} />
          </div>
        )}
      </Section>
      <Section id="suggestions" title={`活动中提出的建议（${a.suggestions.length}）`}>
        <ul className="text-sm">
          {a.suggestions.map((s) => (
            <li key={s.id}>
              <Link href={`/suggestions/${s.id}`} className="text-blue-800 underline">
                {s.number ?? "未编号"} {s.title}
              </Link>
            </li>
          ))}
        </ul>
        {a.abilities.addSuggestion && (
          <Link
            href={`/groups/activities/${a.id}/suggestions/new`}
            className="mt-2 inline-block text-sm text-blue-800 underline"
          >
            登记活动中提出的建议
          </Link>
        )}
      </Section>
    </>
  );
}

export default async function GroupActivityPage({ params }: Props) {
  const { activity: a, members } = await load(params);
  return (
    <>
      <PageHeader
        title={`${a.groupName}：${a.topic}`}
        description={`${a.heldOn}${a.place ? ` · ${a.place}` : ""}${a.onBehalfOf ? " · 代录（人大办按纸质记录录入）" : ""}`}
        actions={
          <Link href="/groups/activities" className="text-sm text-blue-800 underline">
            返回小组活动
          </Link>
        }
      />
      <p className="mb-2 flex flex-wrap gap-2 text-sm" aria-label="五个有">
        {FIVE.map(([k, label]) => (
          <span
            key={k}
            className={`rounded px-2 py-0.5 ${a.fiveHave[k] ? "bg-green-50 text-green-900" : "bg-stone-100 text-stone-700"}`}
          >
            {label}
            {a.fiveHave[k] ? " ✓" : " 缺"}
          </span>
        ))}
      </p>
      <Section id="plan" title="季度计划">
        <Text text={a.plan?.text ?? null} />
      </Section>
      <Section id="content" title="活动内容">
        <Text text={a.content} />
      </Section>
      <Section id="record" title="活动记录">
        <Facts rows={[["出席代表", a.attendees.map((d) => d.name).join("、") || "未登记"]]} />
        <div className="mt-2">
          <Text text={a.record} />
        </div>
      </Section>
      <Section id="summary" title="总结与跟踪落实">
        <h3 className="text-sm font-medium">活动总结</h3>
        <Text text={a.summary} />
        <h3 className="mt-2 text-sm font-medium">跟踪落实</h3>
        <Text text={a.followUp} />
        {a.abilities.record && (
          <details className="no-print mt-3">
            <summary className="cursor-pointer text-sm text-blue-800">补充总结和跟踪落实</summary>
            <div className="mt-2 max-w-2xl">
              <CompleteForm id={a.id} version={a.version} summary={a.summary} followUp={a.followUp} />
            </div>
          </details>
        )}
      </Section>
      <PhotosAndSuggestions a={a} />
      {a.abilities.record && (
        <Section id="edit" title="修改活动记录" description="更正日期、地点、主题、内容、记录和出席代表；修改留痕">
          <details className="no-print">
            <summary className="cursor-pointer text-sm text-blue-800">修改活动记录</summary>
            <div className="mt-2 max-w-2xl">
              <EditActivityForm
                id={a.id}
                version={a.version}
                members={members}
                values={{
                  heldOn: a.heldOn,
                  place: a.place ?? "",
                  topic: a.topic,
                  content: a.content,
                  record: a.record ?? "",
                  attendeeIds: a.attendees.map((d) => d.id),
                }}
              />
            </div>
          </details>
        </Section>
      )}
    </>
  );
}

import Link from "next/link";
import type { Landing } from "@/lib/landing/service";
import { NoticeList } from "@/components/notifications/notice-list";
import { Section } from "@/components/ui/section";
import { pct } from "@/components/suggestions/figures-view-parts";
import { TodoCounts } from "@/components/landing/todo-counts";
import { NextMeeting, UpcomingSession } from "@/components/landing/upcoming";
import { MySuggestionStates, YearProgressBars } from "@/components/landing/year-progress";

type Of<K extends Landing["kind"]> = Extract<Landing, { kind: K }>;

export function LandingView({ data }: { data: Landing }) {
  switch (data.kind) {
    case "OFFICE":
      return <OfficeLanding data={data} />;
    case "PRESIDIUM":
      return <PresidiumLanding data={data} />;
    case "DEPUTY":
      return <DeputyLanding data={data} />;
    case "UNIT":
      return <UnitLanding data={data} />;
    case "COUNTY":
      return null;
  }
}

/** The office: the suggestions waiting on it, the coming session's preparation, the next presidium meeting. */
function OfficeLanding({ data }: { data: Of<"OFFICE"> }) {
  return (
    <>
      <TodoCounts items={data.todo} title="代表建议待办" />
      <YearProgressBars progress={data.progress} id="year-progress" />
      <div className="grid gap-x-4 lg:grid-cols-2">
        <UpcomingSession session={data.session} />
        <NextMeeting meeting={data.meeting} />
      </div>
    </>
  );
}

/** The chair (and the presidium): what to sign off, the coming session, the year's key rates. */
function PresidiumLanding({ data }: { data: Of<"PRESIDIUM"> }) {
  const r = data.rates;
  return (
    <>
      <TodoCounts items={data.todo} />
      {r && (
        <Section id="key-rates" title={`${r.year} 年建议办理`} description={`共 ${r.total} 件，已答复 ${r.replied} 件`}>
          <dl className="grid grid-cols-3 gap-2 text-center">
            {(
              [
                ["按时答复率", r.onTimeRate],
                ["办成率", r.resolvedRate],
                ["满意率", r.satisfactionRate],
              ] as const
            ).map(([label, v]) => (
              <div key={label} className="rounded bg-stone-50 p-2">
                <dt className="text-sm text-stone-700">{label}</dt>
                <dd className="text-xl font-semibold sm:text-2xl">{pct(v)}</dd>
              </div>
            ))}
          </dl>
          <Link href={r.href} className="mt-3 inline-block text-sm text-blue-800 underline">
            建议办理统计
          </Link>
        </Section>
      )}
      <UpcomingSession session={data.session} />
    </>
  );
}

/** A deputy (mostly on a phone): submit a suggestion, replies to rate, the coming session and its documents. */
function DeputyLanding({ data }: { data: Of<"DEPUTY"> }) {
  if (!data.linked) return <p>您的账号尚未关联代表信息，请联系人大办。</p>;
  return (
    <>
      <Link
        href="/suggestions/new"
        className="mb-4 flex min-h-14 w-full items-center justify-center rounded bg-brand-700 px-6 text-lg font-semibold text-white hover:bg-brand-800 sm:w-auto sm:inline-flex"
      >
        提交建议
      </Link>
      <TodoCounts items={data.todo} />
      {data.progress && (
        <>
          <YearProgressBars progress={data.progress.sixOne} id="six-one-progress" />
          <MySuggestionStates year={data.progress.year} items={data.progress.suggestions} />
        </>
      )}
      <NoticeList data={data.notifications} />
      <UpcomingSession session={data.session} documents />
      <p className="mt-4 flex flex-wrap gap-x-4 gap-y-2 text-sm">
        <Link href="/suggestions" className="text-blue-800 underline">
          我的建议
        </Link>
        <Link href={`/deputies/${data.deputyId}`} className="text-blue-800 underline">
          查看我的代表档案、修改联系方式
        </Link>
        <Link href="/my-record" className="text-blue-800 underline">
          我的履职档案
        </Link>
      </p>
    </>
  );
}

/** A handling unit: replies it owes, what was sent back, what is due today; its notices. */
function UnitLanding({ data }: { data: Of<"UNIT"> }) {
  if (!data.linked) return <p>您的账号尚未关联承办单位，请联系人大办。</p>;
  return (
    <>
      <TodoCounts items={data.todo} title="本单位待办" />
      {data.progress && <YearProgressBars progress={data.progress} id="unit-progress" />}
      <NoticeList data={data.notifications} />
      <p className="mt-2 text-sm">
        <Link href="/suggestions" className="text-blue-800 underline">
          交办给本单位的全部建议
        </Link>
      </p>
    </>
  );
}

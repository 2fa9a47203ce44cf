import type { Metadata } from "next";
import Link from "next/link";
import { requirePageActor } from "@/lib/auth/page";
import { receptionYearView } from "@/lib/reception/views";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { Alert } from "@/components/ui/alert";
import { DayTable } from "@/components/reception/day-table";
import { YearFigures } from "@/components/reception/year-figures";
import { AddDayForm, GenerateForm } from "@/components/reception/calendar-forms";

export const metadata: Metadata = { title: "接待选民日" };

type SP = Record<string, string | undefined>;

/** The year's reception days with the township's rule, its warnings and figures; a deputy sees the days they are on duty. */
export default async function ReceptionDaysPage({ searchParams }: { searchParams: Promise<SP> }) {
  const actor = await requirePageActor("reception.list");
  const v = await receptionYearView(actor, await searchParams);
  const link = "inline-flex min-h-11 items-center rounded border border-stone-400 bg-white px-3 text-sm";
  return (
    <>
      <PageHeader
        title={`${v.year}年接待选民日`}
        description={v.warnings ? `全年安排 ${v.warnings.planned} 次` : "您值班的接待选民日"}
        actions={
          <nav aria-label="选择年度" className="flex gap-2">
            <Link href={`/reception-days?year=${v.year - 1}`} className={link}>
              上一年
            </Link>
            <Link href={`/reception-days?year=${v.year + 1}`} className={link}>
              下一年
            </Link>
          </nav>
        }
      />
      <p className="mb-3 text-sm text-stone-700">
        {v.rule}
        <span className="ml-1 text-stone-600">{v.localPractice}</span>
      </p>
      {v.warnings?.tooFew && <Alert tone="warning">{v.warnings.tooFew}</Alert>}
      {v.warnings && v.warnings.notServed.length > 0 && (
        <div className="mt-2">
          <Alert tone="warning">
            尚未安排值班的在任代表 {v.warnings.notServed.length} 名：
            {v.warnings.notServed.map((d) => d.name).join("、")}
          </Alert>
        </div>
      )}
      <div className="mt-3">
        <DayTable
          rows={v.days}
          empty={v.may.manage ? "本年度还没有接待选民日，可在下方按规则生成" : "没有接待选民日"}
        />
      </div>
      {v.figures && <YearFigures f={v.figures} />}
      {v.may.manage && (
        <div className="grid gap-3 md:grid-cols-2">
          <Section
            id="generate"
            title="生成全年接待日"
            description="已有接待日的月份不再生成；生成后可逐日修改日期、地点或取消。"
          >
            <GenerateForm year={v.year} dayOfMonth={v.settings.dayOfMonth} />
          </Section>
          <Section id="add" title="新增接待日" description="增加一次接待，或按纸质记录补录以往的接待日。">
            <AddDayForm year={v.year} />
          </Section>
        </div>
      )}
    </>
  );
}

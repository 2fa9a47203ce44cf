import type { Metadata } from "next";
import Link from "next/link";
import { can } from "@/lib/auth/policy";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { calendarYear } from "@/lib/time/calendar";
import { CalendarYearQuery } from "@/lib/time/schema";
import { cnDate } from "@/lib/text/dates";
import type { OfficialDay } from "@/lib/time/working-days";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/data-table";
import { Alert } from "@/components/ui/alert";
import { ConfirmDeleteButton } from "@/components/ui/confirm-delete-button";
import { CalendarOverrideForm } from "@/components/settings/calendar-override-form";

export const metadata: Metadata = { title: "工作日历" };

const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"];
const weekday = (date: string) => `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]}`;

/** The official calendar of a year: holidays and make-up working days, from the package and the office. */
export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requirePageActor("calendar.view");
  const sp = await searchParams;
  const { year } = parseSearchParams(CalendarYearQuery, sp);
  const data = await calendarYear(year);
  const manage = can(actor, "calendar.manage");
  return (
    <>
      <PageHeader
        title={`工作日历（${year} 年）`}
        description="按国务院办公厅公布的放假安排计算工作日（周末、法定节假日和调休上班日）。“N 个工作日”的期限都按此计算。"
        actions={
          <span className="flex gap-4 text-sm">
            <Link href={`/settings/calendar?year=${year - 1}`} className="text-blue-800 underline">
              {year - 1} 年
            </Link>
            <Link href={`/settings/calendar?year=${year + 1}`} className="text-blue-800 underline">
              {year + 1} 年
            </Link>
          </span>
        }
      />
      <div className="flex max-w-3xl flex-col gap-4">
        {!data.packageCovers && (
          <Alert tone="warning">
            内置日历尚未收录 {year} 年的放假安排{data.overrides.length ? "，以下为本办添加的日期" : ""}
            。国务院办公厅公布后，请逐日添加放假日期和调休上班日期；未添加前只按周一至周五计算工作日。
          </Alert>
        )}
        <DataTable<OfficialDay>
          caption={`${year} 年放假和调休上班日期`}
          rows={data.days}
          rowKey={(d) => d.date}
          empty={`${year} 年没有放假或调休安排`}
          columns={[
            { header: "日期", cell: (d) => `${cnDate(d.date)} ${weekday(d.date)}` },
            { header: "类型", cell: (d) => (d.kind === "HOLIDAY" ? "放假" : "上班（调休）") },
            { header: "节日或说明", cell: (d) => d.name },
            { header: "来源", cell: (d) => (d.source === "PACKAGE" ? "国务院安排（内置）" : "本办调整") },
            {
              header: "操作",
              cell: (d) =>
                manage && d.source === "OVERRIDE" ? (
                  <ConfirmDeleteButton url={`/api/v1/calendar/overrides/${d.date}`} name={`${d.date} 的调整`} />
                ) : null,
            },
          ]}
        />
        {manage && (
          <section aria-label="添加调整" className="rounded border border-stone-200 bg-white p-4">
            <h2 className="mb-2 font-medium">添加调整</h2>
            <p className="mb-3 text-sm text-stone-600">
              内置日历滞后或有误时，在此设置某日放假或上班。全国统一，任一乡镇人大办的修改对所有乡镇生效，并记入审计日志。
            </p>
            <CalendarOverrideForm year={year} />
          </section>
        )}
      </div>
    </>
  );
}

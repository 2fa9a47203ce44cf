import { redirect } from "next/navigation";
import { requirePageActor } from "@/lib/auth/page";
import { parseSearchParams } from "@/lib/http/validation";
import { CalendarYearQuery } from "@/lib/time/schema";

// /summary (and the year picker's ?year=): the annual summary of that year, this year by default.
export default async function SummaryIndexPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageActor("summary.view");
  const { year } = parseSearchParams(CalendarYearQuery, await searchParams);
  redirect(`/summary/${year}`);
}

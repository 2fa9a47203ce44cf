import { z } from "zod";
import { CalendarYearQuery } from "@/lib/time/schema";

/** The dashboard's page and API: one year (this year in China when not given). */
export const DashboardQuery = CalendarYearQuery;
export type DashboardQuery = z.infer<typeof DashboardQuery>;

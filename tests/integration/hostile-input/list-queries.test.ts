import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { NextRequest } from "next/server";
import type { z } from "zod";
import { GET as audit } from "@/app/api/v1/audit/route";
import { GET as deputiesExport } from "@/app/api/v1/deputies/export/route";
import { GET as deputies } from "@/app/api/v1/deputies/route";
import { GET as sessions } from "@/app/api/v1/sessions/route";
import { GET as disclosure } from "@/app/api/v1/suggestions/disclosure/route";
import { GET as figures } from "@/app/api/v1/suggestions/figures/route";
import { GET as inbox } from "@/app/api/v1/suggestions/inbox/route";
import { GET as reminders } from "@/app/api/v1/suggestions/reminders/route";
import { GET as report } from "@/app/api/v1/suggestions/report/route";
import { GET as suggestions } from "@/app/api/v1/suggestions/route";
import { GET as units } from "@/app/api/v1/units/route";
import { GET as users } from "@/app/api/v1/users/route";
import { GET as unitInbox } from "@/app/api/v1/inbox/route";
import { GET as calendar } from "@/app/api/v1/calendar/route";
import { GET as search } from "@/app/api/v1/search/route";
import { GET as supervision } from "@/app/api/v1/supervision/route";
import { ActivityListQuery } from "@/lib/supervision/schema";
import { GET as rectifications } from "@/app/api/v1/rectifications/route";
import { RectificationListQuery } from "@/lib/supervision/rectification/schema";
import { GET as receptionDays } from "@/app/api/v1/reception-days/route";
import { GET as receptionFigures } from "@/app/api/v1/reception-days/figures/route";
import { ReceptionDayListQuery, ReceptionYearQuery } from "@/lib/reception/schema";
import { GET as petitions } from "@/app/api/v1/petitions/route";
import { GET as petitionsExport } from "@/app/api/v1/petitions/export/route";
import { PetitionExportQuery, PetitionListQuery } from "@/lib/petitions/schema";
import { SearchQuery } from "@/lib/search/schema";
import { UnitInboxQuery } from "@/lib/inbox/service";
import { CalendarYearQuery } from "@/lib/time/schema";
import { AuditListQuery } from "@/lib/audit/schema";
import { DeputyListQuery } from "@/lib/roster/schema";
import { SessionListQuery } from "@/lib/sessions/schema";
import {
  DisclosureQuery,
  FiguresQuery,
  InboxQuery,
  ReminderQuery,
  ReportQuery,
  SuggestionListQuery,
} from "@/lib/suggestions/schema";
import { UnitListQuery } from "@/lib/units/schema";
import { UserListQuery } from "@/lib/users/schema";
import { GET as duties } from "@/app/api/v1/duties/route";
import { GET as dutyFigures } from "@/app/api/v1/duties/figures/route";
import { GET as sixOne } from "@/app/api/v1/duties/six-one/route";
import { GET as voterReports } from "@/app/api/v1/voter-reports/route";
import { DutyListQuery, DutyYearQuery, SixOneQuery, VoterReportListQuery } from "@/lib/duties/schema";
import { GET as groupActivities } from "@/app/api/v1/group-activities/route";
import { GET as groupPlans } from "@/app/api/v1/group-activities/plans/route";
import { GET as groupFigures } from "@/app/api/v1/group-activities/figures/route";
import { GroupActivityListQuery, GroupActivityYearQuery, GroupPlanQuery } from "@/lib/group-activities/schema";
import { UNSTORABLE_TEXT } from "@/lib/http/fields";
import { GET as trainingPlans } from "@/app/api/v1/training-plans/route";
import { GET as trainings } from "@/app/api/v1/training-sessions/route";
import { GET as trainingFigures } from "@/app/api/v1/training-sessions/figures/route";
import { PlanListQuery, TrainingListQuery, TrainingYearQuery } from "@/lib/training/schema";
import { GET as workPlans } from "@/app/api/v1/work-plans/route";
import { WorkPlanListQuery } from "@/lib/work-plans/schema";
import { request } from "@/tests/factories";
import { setup } from "../suggestions/helpers";
import { extremeNumber, hostileDay, hostileText, RUNS } from "./hostile";

type Role = "OFFICE" | "UNIT";
type Get = (req: NextRequest) => Promise<Response>;
/** Every list or figure with a query string: the route, the schema it reads, who asks, and what it needs besides. */
const LISTS: [string, Get, z.ZodObject, Role, Record<string, string>][] = [
  ["/api/v1/audit", audit, AuditListQuery, "OFFICE", {}],
  ["/api/v1/deputies", deputies, DeputyListQuery, "OFFICE", {}],
  ["/api/v1/deputies/export", deputiesExport, DeputyListQuery, "OFFICE", {}],
  ["/api/v1/sessions", sessions, SessionListQuery, "OFFICE", {}],
  ["/api/v1/suggestions", suggestions, SuggestionListQuery, "OFFICE", {}],
  ["/api/v1/suggestions/reminders", reminders, ReminderQuery, "OFFICE", {}],
  ["/api/v1/suggestions/inbox", inbox, InboxQuery, "UNIT", {}],
  ["/api/v1/suggestions/figures", figures, FiguresQuery, "OFFICE", {}],
  ["/api/v1/suggestions/report", report, ReportQuery, "OFFICE", { year: "2026" }],
  ["/api/v1/suggestions/disclosure", disclosure, DisclosureQuery, "OFFICE", { year: "2026", half: "1" }],
  ["/api/v1/units", units, UnitListQuery, "OFFICE", {}],
  ["/api/v1/users", users, UserListQuery, "OFFICE", {}],
  ["/api/v1/inbox", unitInbox, UnitInboxQuery, "UNIT", {}],
  ["/api/v1/calendar", calendar, CalendarYearQuery, "OFFICE", {}],
  ["/api/v1/search", search, SearchQuery, "UNIT", {}],
  ["/api/v1/supervision", supervision, ActivityListQuery, "OFFICE", {}],
  ["/api/v1/rectifications", rectifications, RectificationListQuery, "OFFICE", {}],
  ["/api/v1/reception-days", receptionDays, ReceptionDayListQuery, "OFFICE", {}],
  ["/api/v1/reception-days/figures", receptionFigures, ReceptionYearQuery, "OFFICE", { year: "2026" }],
  ["/api/v1/duties", duties, DutyListQuery, "OFFICE", {}],
  ["/api/v1/duties/figures", dutyFigures, DutyYearQuery, "OFFICE", {}],
  ["/api/v1/duties/six-one", sixOne, SixOneQuery, "OFFICE", {}],
  ["/api/v1/voter-reports", voterReports, VoterReportListQuery, "OFFICE", {}],
  ["/api/v1/group-activities", groupActivities, GroupActivityListQuery, "OFFICE", {}],
  ["/api/v1/group-activities/plans", groupPlans, GroupPlanQuery, "OFFICE", {}],
  ["/api/v1/group-activities/figures", groupFigures, GroupActivityYearQuery, "OFFICE", {}],
  ["/api/v1/petitions", petitions, PetitionListQuery, "OFFICE", {}],
  ["/api/v1/petitions/export", petitionsExport, PetitionExportQuery, "OFFICE", {}],
  ["/api/v1/training-plans", trainingPlans, PlanListQuery, "OFFICE", {}],
  ["/api/v1/training-sessions", trainings, TrainingListQuery, "OFFICE", {}],
  ["/api/v1/training-sessions/figures", trainingFigures, TrainingYearQuery, "OFFICE", {}],
  ["/api/v1/work-plans", workPlans, WorkPlanListQuery, "OFFICE", {}],
];

const get = (route: Get, url: string, cookie: string, query: Record<string, string>) =>
  route(request(`${url}?${new URLSearchParams(query)}`, { cookie }));

const hostileQueryValue = fc.oneof(hostileText, hostileDay, extremeNumber.map(String));

describe("hostile query strings on every list: never a 5xx", () => {
  it.each(LISTS.map((l) => [l[0], l] as const))("%s", async (url, [, route, schema, role, needs]) => {
    const w = await setup();
    const keys = Object.keys(schema.shape);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...keys), hostileQueryValue, async (key, value) => {
        const res = await get(route, url, w.cookie[role], { ...needs, [key]: value });
        expect(
          res.status,
          `${key}=${JSON.stringify(value).slice(0, 60)}: ${(await res.text()).slice(0, 200)}`,
        ).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(LISTS.filter((l) => "q" in l[2].shape).map((l) => [l[0], l] as const))(
    "%s?q=%00 is refused with 400 naming the field",
    async (url, [, route, schema, role, needs]) => {
      const w = await setup();
      const res = await get(route, url, w.cookie[role], { ...needs, q: "\u0000" });
      expect(res.status).toBe(400);
      const label = (schema.shape as Record<string, z.ZodType>).q.description;
      expect((await res.json()).error.fields).toEqual({ q: `${label}：${UNSTORABLE_TEXT}` });
    },
  );
});

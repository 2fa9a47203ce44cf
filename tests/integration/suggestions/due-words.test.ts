// "Due today" reads the same on every page: the list, the record, the unit inbox and the reminder
// list all say it with lib/time/due.ts `countdown` and the township's "due soon" setting.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { clearSettingsCache } from "@/lib/settings";
import { DAY_MS, todayInChina } from "@/lib/time/day";
import { GET as remindersRoute } from "@/app/api/v1/suggestions/reminders/route";
import { GET as inboxRoute } from "@/app/api/v1/suggestions/inbox/route";
import { request } from "@/tests/factories";
import { api, setup, suggestionAt } from "./helpers";

const dueIn = (id: string, days: number) =>
  db.suggestion.update({ where: { id }, data: { deadline: new Date(todayInChina().getTime() + days * DAY_MS) } });

type Row = { id: string; due: string | null; dueText: string | null };

describe("suggestions: the due words", () => {
  it("say 今天到期 / 逾期 N 天 / 还剩 N 天 alike in the list, the record, the inbox and the reminders", async () => {
    const w = await setup();
    const [today, late, soon] = [
      await suggestionAt(w, "ASSIGNED"),
      await suggestionAt(w, "ASSIGNED"),
      await suggestionAt(w, "ASSIGNED"),
    ];
    await Promise.all([dueIn(today, 0), dueIn(late, -3), dueIn(soon, 5)]);
    const expected = { [today]: "今天到期", [late]: "逾期 3 天", [soon]: "还剩 5 天" };

    const list = (await (await api.list(w.cookie.OFFICE)).json()).items as Row[];
    const inbox = (await (await inboxRoute(request("/api/v1/suggestions/inbox", { cookie: w.cookie.UNIT }))).json())
      .items as Row[];
    const reminders = (
      await (await remindersRoute(request("/api/v1/suggestions/reminders", { cookie: w.cookie.OFFICE }))).json()
    ).items as { id: string; countdown: string }[];
    for (const [id, words] of Object.entries(expected)) {
      expect(list.find((r) => r.id === id)?.dueText).toBe(words);
      expect(inbox.find((r) => r.id === id)?.dueText).toBe(words);
      expect(reminders.find((r) => r.id === id)?.countdown).toBe(words);
      expect((await (await api.get(w.cookie.UNIT, id)).json()).dueText).toBe(words);
    }
  });

  it("the record uses the township's 'due soon' setting, as the lists do", async () => {
    const w = await setup();
    await db.setting.create({ data: { key: "suggestions.dueSoonDays", value: 3 } });
    clearSettingsCache();
    const id = await suggestionAt(w, "ASSIGNED");
    await dueIn(id, 5);
    const row = ((await (await api.list(w.cookie.OFFICE)).json()).items as Row[]).find((r) => r.id === id);
    const record = await (await api.get(w.cookie.OFFICE, id)).json();
    expect(row?.due).toBe("ON_TRACK");
    expect(record.due).toBe("ON_TRACK");
  });
});

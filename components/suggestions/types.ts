import type { listSuggestions } from "@/lib/suggestions/service";
import type { getSuggestionOrThrow } from "@/lib/suggestions/detail";

export type SuggestionRow = Awaited<ReturnType<typeof listSuggestions>>["items"][number];
export type SuggestionDetail = Awaited<ReturnType<typeof getSuggestionOrThrow>>;
/** The office's, chair's, presidium's, a proposer's or an assigned unit's view, with the timeline. */
export type FullSuggestion = Extract<SuggestionDetail, { events: unknown }>;
export type Option = { id: string; name: string };

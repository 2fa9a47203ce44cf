// Reception days' public interface: the only module other domains import from lib/reception
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export {
  deputyReceptionServed,
  deputyReceptionYear,
  receptionYearFigures,
  type DeputyReceptionDay,
  type ReceptionYearFigures,
} from "@/lib/reception/figures";
export { countReceptionDays } from "@/lib/reception/service";
export { RECEPTION_STATUS_LABELS, dutyPresenceText } from "@/lib/reception/labels";

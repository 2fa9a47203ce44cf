// The handling units' public interface: the only module other domains import from lib/units
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { listUnits } from "@/lib/units/service";
export { UnitListQuery } from "@/lib/units/schema";

// The deputy record's public interface: the only module other domains import from lib/deputy-record
// (docs/architecture.md; eslint.config.mjs and lib/architecture.test.ts enforce it).
export { gatherSections, type RecordSections } from "@/lib/deputy-record/record";

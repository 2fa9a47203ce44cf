// What other domains use of the year: a township's annual summary and its key figures (lib/county reads them).
export {
  KEY_FIGURES,
  SUMMARY_AREAS,
  changeText,
  valueText,
  yearSummary,
  type FigureUnit,
  type KeyFigure,
  type KeyFigureId,
  type SummaryAreaId,
} from "@/lib/year/summary";

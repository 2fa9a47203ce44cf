// Handing an item to units: one lead unit (主办) and co-units (协办), each once. Generic over the
// kind of item — suggestions now, petitions and rectification tasks next.

export interface AssignedUnit {
  unitId: string;
  lead: boolean;
}

/** The units an item is assigned to, lead first, each once: a lead unit also listed as co-unit is the lead only. */
export function assignedUnits(leadUnitId: string, coUnitIds: readonly string[]): AssignedUnit[] {
  const co = [...new Set(coUnitIds)].filter((id) => id !== leadUnitId);
  return [{ unitId: leadUnitId, lead: true }, ...co.map((unitId) => ({ unitId, lead: false }))];
}

/** A wrongly assigned item may be returned through `returnBy` (its last day included); never when unassigned. */
export function mayStillReturn(returnBy: Date | null, today: Date): boolean {
  return !!returnBy && today.getTime() <= returnBy.getTime();
}

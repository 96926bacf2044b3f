/**
 * Jurisdiction is a region subtree. Region paths list codes from the top down, dot-separated
 * (`650000.652300.652301`); a record is within an actor's jurisdiction when its region path
 * starts with the actor's.
 */
export function isWithin(actorRegionPath: string | null, recordRegionPath: string | null): boolean {
  if (actorRegionPath === null || recordRegionPath === null) return false;
  return recordRegionPath === actorRegionPath || recordRegionPath.startsWith(`${actorRegionPath}.`);
}

/** The level of the region a path ends at: 1 region, 2 prefecture, 3 county, 4 township, 5 village. */
export function levelOfPath(regionPath: string): number {
  return regionPath.split(".").length;
}

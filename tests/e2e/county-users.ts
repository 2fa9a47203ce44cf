// 县览县 for county.spec.ts (seeded by county-seed.ts; the spec imports only this, no server code): two townships
// of the county with reception days held, a township of another county (县览外县) that must not show, and the
// county account, attached to 县览东镇.
export const E2E_COUNTY = { code: "e2e-cv-county", name: "县览县" } as const;
export const E2E_COUNTY_OTHER = { code: "e2e-cv-other", name: "县览外县" } as const;
export const E2E_COUNTY_TOWNSHIPS = { east: "县览东镇", west: "县览西镇", outside: "县览外镇" } as const;
/** Reception days held this year and last year in each township (hand-counted: the county total is 3 and 4). */
export const E2E_COUNTY_DAYS = { east: [2, 1], west: [1, 3], outside: [5, 0] } as const;
export const E2E_COUNTY_USERS = { county: "e2e-cv-county", office: "e2e-cv-office" } as const;

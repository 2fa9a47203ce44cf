// 联系镇 (corrections.spec.ts): names only, free of database imports (tests/e2e/contacts-seed.ts seeds them).
export const E2E_CONTACT_TOWNSHIP = "联系镇";
export const E2E_CONTACT_USERS = { office: "e2e-contact-office", unit: "e2e-contact-unit" } as const;
/** The lead deputy of the seeded suggestion, with the phone the unit calls; a deputy the unit does not handle. */
export const E2E_CONTACT_DEPUTY = { name: "陈联系", phone: "139-1234-5678" } as const;
export const E2E_CONTACT_OTHER_DEPUTY = "林无关";
export const E2E_CONTACT_UNIT = { name: "水利站", contactName: "何站长", phone: "0851-7654321" } as const;
export const E2E_CONTACT_SUGGESTION = "关于整修联系村水渠的建议";

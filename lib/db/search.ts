/**
 * Text typed into a search box, for `LIKE`/`ILIKE` (and Prisma's `contains`, which puts the text
 * between two % as it is): % and _ are escaped, so they match themselves, not any text.
 */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Prisma filter: the field contains the text, case-insensitively, % and _ taken literally. */
export const containsText = (text: string) => ({ contains: escapeLike(text), mode: "insensitive" as const });

/** The same test for hand-written SQL: `column ILIKE ${likeContaining(text)}`. */
export const likeContaining = (text: string) => `%${escapeLike(text)}%`;

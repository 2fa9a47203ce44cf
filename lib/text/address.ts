// An address shown outside the office (a petitioner's, a reception-day visitor's): the first characters (the
// village, roughly) kept, the rest hidden. Pure; no domain words.

export function maskAddress(address: string | null): string | null {
  if (!address) return address;
  const keep = Math.min(6, Math.ceil(address.length / 2));
  return `${address.slice(0, keep)}****`;
}

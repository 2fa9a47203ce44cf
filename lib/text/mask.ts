// Personal data shown outside the office (a visitor's or a petitioner's phone and address): enough to
// recognise, not enough to call or visit. Pure.

/** A phone with its middle hidden: 138****5678, 0371****5678. */
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const digits = phone.replace(/\D/g, "");
  if (digits.length < 7) return "*".repeat(digits.length);
  return `${digits.slice(0, digits.startsWith("0") ? 4 : 3)}****${digits.slice(-4)}`;
}

/** An address cut after its first six characters (the county and township, not the house). */
export function maskAddress(address: string | null): string | null {
  if (!address) return address;
  const chars = [...address];
  return chars.length <= 6 ? `${chars.slice(0, 2).join("")}****` : `${chars.slice(0, 6).join("")}****`;
}

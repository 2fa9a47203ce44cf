// Passwords of 8+ characters that top the published leak lists, Chinese sites included.
// Compared case-insensitively.
export const COMMON_PASSWORDS = new Set([
  "12345678", "123456789", "1234567890", "87654321", "11111111", "00000000", "88888888", "66666666",
  "11223344", "12341234", "12344321", "123123123", "147258369", "159357456", "147852369", "987654321",
  "password", "password1", "password123", "passw0rd", "p@ssw0rd", "p@ssword", "qwertyui", "qwerty123",
  "qwertyuiop", "1qaz2wsx", "1q2w3e4r", "1q2w3e4r5t", "q1w2e3r4", "zaq12wsx", "asdfghjk", "asdf1234",
  "abcd1234", "abc12345", "abc123456", "a1234567", "a12345678", "a123456789", "aa123456", "aa12345678",
  "woaini1314", "woaini520", "iloveyou", "iloveyou1", "5201314520", "13145200", "admin123", "admin888",
  "administrator", "welcome1", "welcome123", "sunshine", "princess", "football", "baseball", "superman",
  "12qwaszx", "qazwsxedc", "1qazxsw2", "123qweasd", "qweasdzxc", "zxcvbnm1", "11112222", "12121212",
  "demo1234", "changeme", "letmein1", "trustno1", "test1234", "12345qwert", "123456abc", "123456aa",
]);

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON_PASSWORDS.has(p)) return true;
  return /^(.)\1+$/.test(p); // one character repeated
}

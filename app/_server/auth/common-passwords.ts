// Passwords that guessing tools try first. Refused at sign-up whatever their length; compared in
// lower case with spaces removed. A short list written down here: the machines that run Newsquiz
// may have no internet, so no breach-list service is called.
const COMMON = [
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
  "123456", "1234567", "12345678", "123456789", "1234567890", "12345678910", "0123456789", "987654321",
  "qwerty", "qwertyuiop", "qwerty123", "qwerty1234", "1q2w3e4r5t", "1qaz2wsx3edc", "zaq12wsx", "asdfghjkl",
  "iloveyou", "iloveyou1", "letmein", "letmein123", "welcome", "welcome1", "welcome123", "abc123",
  "abcdefghij", "monkey123", "football", "football1", "baseball", "basketball", "superman", "batman123",
  "dragon123", "sunshine", "sunshine1", "princess", "princess1", "trustno1", "whatever", "starwars",
  "changeme", "changeme123", "administrator", "admin12345", "adminadmin", "newsquiz", "newsquiz123",
  "schoolschool", "teacher123", "student123", "passwordpassword", "aaaaaaaaaa", "1111111111", "0000000000",
];
const COMMON_SET = new Set(COMMON);

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase().replace(/\s+/g, "");
  // One character repeated, or a common password with digits or "!" stuck on the end.
  return COMMON_SET.has(p) || /^(.)\1+$/.test(p) || COMMON_SET.has(p.replace(/[\d!]+$/, ""));
}

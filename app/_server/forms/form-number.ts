// Numbers typed into forms. `Number()` is too kind for a form: it reads "0x10" as 16, "1e3" as
// 1000 and " " as 0, and stripping commas first reads "7,9" (a decimal comma) as 79. Only plain
// figures pass here, with commas allowed as thousands separators ("80,000"); anything else is NaN,
// which the schema then refuses with a plain message.
const PLAIN = /^[+-]?(?:(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?|\.\d+)$/;

/** Empty is null (the field was left blank); not a plain number is NaN. */
export function readFormNumber(text: string | string[] | undefined): number | null {
  const value = (Array.isArray(text) ? text[0] : text)?.trim() ?? "";
  if (value === "") return null;
  return PLAIN.test(value) ? Number(value.replace(/,/g, "")) : NaN;
}

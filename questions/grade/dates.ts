// Dates and times as a reader would type them. Grading already ignores day-month order, month
// abbreviations and time punctuation (normalise.ts); these forms show the teacher the common ones.
import { monthAbbreviations, monthNames } from "./data";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const MONTH = `(${[...monthNames, ...monthAbbreviations.keys()].join("|")})\\.?`;
const MONTH_DAY_YEAR = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?$`, "i");
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?$`, "i");
const YEAR_SPAN = /^(\d{4})\s*(?:[-–—]|to)\s*(\d{2}|\d{4})$/;
const TIME = /^(\d{1,2})[.:](\d{2})\s*([ap])\.?m\.?$/i;

const fullMonth = (m: string) => {
  const l = m.toLowerCase();
  return cap(monthAbbreviations.get(l) ?? l);
};

export function dateForms(answer: string): string[] {
  const a = answer.trim();
  const out: string[] = [];
  const md = MONTH_DAY_YEAR.exec(a);
  const dm = md ? undefined : DAY_MONTH_YEAR.exec(a);
  if (md || dm) {
    const [month, day, year] = md ? [md[1]!, md[2]!, md[3]] : [dm![2]!, dm![1]!, dm![3]];
    const m = fullMonth(month);
    const y = year ? ` ${year}` : "";
    out.push(`${day} ${m}${y}`, `${m} ${day}${year ? `, ${year}` : ""}`);
  }
  // A span of years ("1910–45") is typed many ways: with a hyphen, with "to", with the end year in full.
  const span = YEAR_SPAN.exec(a);
  if (span) {
    const from = Number(span[1]);
    const written = span[2]!;
    const to = written.length === 2 ? Math.floor(from / 100) * 100 + Number(written) + (Number(written) < from % 100 ? 100 : 0) : Number(written);
    // "2020-06" is a month, not a span of 86 years.
    if (to > from && (written.length === 4 || to - from <= 60)) {
      const short = written.length === 2 ? written : null;
      for (const end of new Set([String(to), ...(short ? [short] : [])])) for (const sep of ["-", "–", " to "]) out.push(`${from}${sep}${end}`);
    }
  }
  const time = TIME.exec(a);
  if (time) {
    const [, h, min, ap] = time;
    const hour = Number(h);
    const meridiem = `${ap!.toLowerCase()}m`;
    out.push(`${hour}:${min} ${meridiem}`, `${hour}.${min} ${meridiem}`);
    if (hour >= 1 && hour <= 12) out.push(`${(hour % 12) + (meridiem === "pm" ? 12 : 0)}:${min}`.padStart(5, "0"));
  }
  return out;
}

// The publication date a scraped page carries in a stamp: "date 2020-06-28", "3 December 2004",
// "Published: Aug. 23, 2025 10:15 AM". Only whole calendar dates are read (no relative dates, no
// day-first numeric forms like 03/04/2025, which are ambiguous). No date parser is installed
// (chrono-node is not a dependency), and the three written forms below are all a stamp takes.
const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
const ISO = /(?<!\d)(\d{4})([-/])(\d{2})\2(\d{2})(?!\d)/;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${MONTH},? (\\d{4})\\b`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "i");

function utcDate(year: number, month: number, day: number): Date | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const d = new Date(Date.UTC(year, month - 1, day));
  // 31 April rolls over to 1 May: not a date.
  return d.getUTCMonth() === month - 1 ? d : undefined;
}

/** The first calendar date written in `s` (UTC midnight), or undefined. */
export function parseStampDate(s: string): Date | undefined {
  const iso = ISO.exec(s);
  if (iso) return utcDate(Number(iso[1]), Number(iso[3]), Number(iso[4]));
  const dmy = DAY_MONTH_YEAR.exec(s);
  if (dmy) return utcDate(Number(dmy[3]), MONTHS[dmy[2]!.toLowerCase()]!, Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(s);
  if (mdy) return utcDate(Number(mdy[3]), MONTHS[mdy[1]!.toLowerCase()]!, Number(mdy[2]));
  return undefined;
}

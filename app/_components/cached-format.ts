// Intl formatters, made once per locale and options. Making one costs far more than using it:
// `new Intl.DateTimeFormat(...)` per date was 67 ms of a 300-attempt history page's server time
// (decision 030), and `toLocaleString` with options makes one per call too.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The same as `new Intl.DateTimeFormat(locale, options)`, made the first time it is asked for. */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // Keys are built from our own option literals (a zone name at most varies), so the map stays small.
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, format);
  }
  return format;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** The same as `new Intl.NumberFormat(locale, options)`, made the first time it is asked for. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

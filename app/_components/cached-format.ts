// Intl formatters, made once per locale and options. Making one costs far more than using it:
// `new Intl.DateTimeFormat(...)` per date was 67 ms of a 300-attempt history page's server time
// (decision 030), and `toLocaleString` with options makes one per call too.

/**
 * The formatter `make` builds for these options, made the first time it is asked for. Keys are built
 * from our own option literals (a zone name at most varies), so the maps stay small.
 */
function cached<F, O>(formatters: Map<string, F>, locale: string, options: O, make: (locale: string, options: O) => F): F {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = make(locale, options);
    formatters.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The same as `new Intl.DateTimeFormat(locale, options)`, made the first time it is asked for. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(dateFormats, locale, options, (l, o) => new Intl.DateTimeFormat(l, o));

/** The same as `new Intl.NumberFormat(locale, options)`, made the first time it is asked for. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat =>
  cached(numberFormats, locale, options, (l, o) => new Intl.NumberFormat(l, o));

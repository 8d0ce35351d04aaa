// Money, percentages, counts (with the counted noun) and dates. Each number is found by one
// global scan; its neighbourhood is read through short, anchored, bounded slices, so the cost per
// number is constant.
import { numberWords, scales, words as wordData } from "../data";
import type { RawFact } from "./raw";
import { currencyPrefixes } from "../grade/data";

const MONTHS = wordData.months.join("|");
const MONTH_ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
const NUM_RE = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/**
 * Currencies written in letters before a figure, glued or spaced ("Sh38 billion", "KSh 5m",
 * "Rs6.9 million"): the list the grader reads too, so a sum found here is graded the same way.
 */
const LETTER_CURRENCIES = [...new Set([...currencyPrefixes, "USD", "EUR", "GBP", "JPY", "INR", "AUD", "CAD", "CNY", "RMB", "CHF", "KRW", "HKD", "SGD", "NZD", "ZAR", "BRL", "MXN", "RUB", "IDR"])]
  .sort((a, b) => b.length - a.length)
  .join("|");
const CURRENCY_BEFORE = new RegExp(`(?:(?:US|A|C|NZ|HK|S|R)?[$£€¥₹₩]|\\b(?:${LETTER_CURRENCIES})\\.? ?)$`);
/** A letter currency glued to its figure ("Sh38"), which otherwise reads as part of a word. */
const CLOSE_CURRENCY = new RegExp(`(?:^|[^\\p{L}])(?:${LETTER_CURRENCIES}|US\\$)$`, "u");
const SCALE_AFTER = /^( ?)(bn|mn|m|k|tn|billion|million|trillion|thousand|crore|lakh|cr)(?![\p{L}\d])/iu;
const PCT_AFTER = /^ ?(?:%|percent\b|per cent\b|percentage points?\b|basis points?\b|bps\b)/i;
const MONEY_WORD_AFTER = /^ (?:(?:US |U\.S\. |Australian |Canadian |Hong Kong |Singapore |New Zealand )?dollars|euros?|pounds(?: sterling)?|yen|yuan|renminbi|rupees|rupiah|ringgit|baht|pesos|reais|roubles|rubles|francs|dirhams|riyals|shekels|naira|rand|cents|pence)\b/i;
/** "3 billion won": "won" is a currency only after a scale word. */
const WON_AFTER = /^ won\b/;

/** ISO 4217 code for a currency mark or word; plain "$" is left open (US, Australian, ...). */
function currencyCode(mark: string): string | undefined {
  const m = mark.trim().toLowerCase().replace(/\.$/, "");
  const table: Record<string, string> = {
    us$: "USD", usd: "USD", "us dollars": "USD", "u.s. dollars": "USD", a$: "AUD", aud: "AUD", "australian dollars": "AUD", c$: "CAD", cad: "CAD", "canadian dollars": "CAD",
    nz$: "NZD", nzd: "NZD", "new zealand dollars": "NZD", hk$: "HKD", hkd: "HKD", "hong kong dollars": "HKD", s$: "SGD", sgd: "SGD", "singapore dollars": "SGD", r$: "BRL", brl: "BRL", reais: "BRL",
    "£": "GBP", gbp: "GBP", pounds: "GBP", "pounds sterling": "GBP", pence: "GBP", "€": "EUR", eur: "EUR", euros: "EUR", euro: "EUR", "¥": "JPY", jpy: "JPY", yen: "JPY",
    cny: "CNY", rmb: "CNY", yuan: "CNY", renminbi: "CNY", "₹": "INR", rs: "INR", inr: "INR", rupees: "INR", "₩": "KRW", krw: "KRW", won: "KRW", rp: "IDR", idr: "IDR", rupiah: "IDR",
    chf: "CHF", francs: "CHF", zar: "ZAR", rand: "ZAR", mxn: "MXN", rub: "RUB", roubles: "RUB", rubles: "RUB", ringgit: "MYR", baht: "THB", dirhams: "AED", riyals: "SAR", shekels: "ILS", naira: "NGN",
    // "Sh" alone is Kenya's, Uganda's or Tanzania's shilling: left open, like "$".
    ksh: "KES", kshs: "KES", kes: "KES", ush: "UGX", ugx: "UGX", tsh: "TZS", tzs: "TZS", tk: "BDT", ngn: "NGN",
  };
  return table[m];
}

/** What an amount pays for or measures: "$11.5 billion deal", "$55 billion in annual revenue". */
const MONEY_MEASURE =
  /^(?: in| of| worth of)?( (?:[a-z-]+ ){0,2}(?:deal|fund|revenue|revenues|sales|profit|profits|loss|losses|debt|investment|aid|budget|package|contract|bonus|fine|stake|acquisition|takeover|merger|bid|offer|loan|bailout|plan|programme|program|spending|cost|costs|damage|bill|tax|taxes|income|funding|grant|subsidy|subsidies|assets|savings|exports|imports|surplus|deficit|compensation|settlement|donation|reward|ransom|salary|prize|valuation|market value|earnings|dividend|payment|payments|fee|fees|price|tariff|tariffs|scheme|project|facility))\b/;
/** What a rate measures, written after it: "15 percent tariffs", "52% of the vote", "a 10% stake". */
const RATE_MEASURE_AFTER = /^(?: of(?: the| its| their)?| in)? ((?:[a-z-]+ ){0,1}(?:tariffs?|duty|duties|tax|taxes|levy|rates?|stake|share|vote|votes|turnout|inflation|growth|unemployment|discount|yield|margin|interest|increase|rise|cut|fall|drop|decline|majority|support|approval|chance|probability|risk|market))\b/;
/** The same written before it: "interest rates by 25 basis points", "a tariff of 25%". */
const RATE_MEASURE_BEFORE =
  /\b((?:[a-z-]+ )?(?:tariffs?|duty|duties|tax|taxes|levy|rates?|stake|share|vote|turnout|inflation|growth|unemployment|discount|yield|margin|index|shares|stocks|prices?|exports|imports|sales|revenue|profits?|output|GDP))(?: (?:of|at|to|by|was|is|were|are|stood at|rose|fell|rose to|fell to|rose by|fell by|hit|reached|jumped|dropped|climbed|slipped|gained|lost|increased|decreased|declined|grew|shrank|up|down)){0,2} (?:a |an |the |about |around |nearly |almost |some |just |over |more than |less than )?$/;
/** A change or action verb just before a quantity: "rose 1.79%", "killed sixteen people". */
const VERB_BEFORE =
  /\b(rose|fell|jumped|climbed|dropped|gained|lost|increased|decreased|declined|slipped|surged|soared|plunged|tumbled|grew|shrank|cut|raised|lowered|won|killed|wounded|injured|paid|pay|pays|spent|raised|borrowed|lent|invested|earned|sold|bought|hired|employed|fired|evacuated|rescued|arrested|detained|deployed|host|hosts|hosted|has|had|have|owns|owned|received|reached|hit|topped|exceeded|cost|costs|will cost|will pay|will buy|will spend|will invest|agreed to pay)(?: by| to| about| around| nearly| almost| some| more than| at least| over)?\s$/;

const WEIGHT_BEFORE = /\b(?:kilo(?:gram)?s?|kg|tonnes?|tons?|grams?|ounces?|stones?)\s?\((?:about |around |roughly |some )?$/i;

/** "400 kilograms (882 pounds)": the bracketed number only restates the one before it. */
const CONVERSION_BEFORE = /\d[\d,.]*(?:\s?(?:%|[$£€¥₹]|[A-Za-z]+(?: [A-Za-z]+)?))?\s?\((?:about |around |roughly |some |approximately |nearly |or )?(?:(?:US|A|C|NZ|HK|S)?[$£€¥₹]|Rs\.? ?|USD ?|EUR ?|GBP ?)?$/;
const TIME_AFTER = /^ ?(?:am|pm|a\.m\.|p\.m\.)(?![a-z])/i;
const RANGE_AFTER = /^(?:–|—|-|\/)(\d{4}|\d{2})(?!\d)/;
/** A month name (or its abbreviation) right before a number, and right after one: "November 2", "2 November 2004". */
export const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS}|(?:${MONTH_ABBR})\\.?) $`);
export const MONTH_AFTER = new RegExp(`^ (?:${MONTHS})\\b(?:,? \\d{4}\\b)?`);
const MONTH_ONLY_RE = new RegExp(`(?:^|[^\\d,] )((?:(?:next|last|this|early|late|mid-) ?)?(?:${MONTHS})\\b)`, "g");
const YEAR_AFTER = /^,? \d{4}\b/;
export const QUALIFIER_BEFORE =
  /\b(about|around|nearly|almost|over|more than|less than|fewer than|up to|at least|at most|some|roughly|approximately|a record|a little over|just over|just under|an estimated|only|just|below|above)\s$/i;
/** The qualifier right before a figure ("more than", "about"), if any. */
const qualifierIn = (pre: string) => QUALIFIER_BEFORE.exec(pre)?.[1];

const NOUN_STOP = new Set(
  "was were is are be been had has have will would could should may might can said says and or but of in on at to from for with by than that which who as after before since when while per a an the more less into over under about this these those its their his her our up down off out last next ago".split(" "),
);

/** Up to three words after a number that name what is counted ("US troops", "retail stores"). */
export function countedNoun(after: string): string | undefined {
  const m = /^[ -]((?:[A-Za-z][\w'-]*)(?: [A-Za-z][\w'-]*){0,4})/.exec(after.slice(0, 60));
  if (!m) return undefined;
  const ws = m[1]!.split(" ");
  if (ws[0] === "of") {
    // "seven of the train's nine carriages" -> "carriages"
    let last: string | undefined;
    for (const w of ws.slice(1)) {
      if (NOUN_STOP.has(w) && w !== "the") break;
      if (w === "the" || /'s$/.test(w) || numberWords[w.toLowerCase()] !== undefined) continue;
      last = w;
    }
    return last && /^[a-z]/.test(last) ? last : undefined;
  }
  const out: string[] = [];
  for (const w of ws) {
    if (NOUN_STOP.has(w.toLowerCase())) break;
    // Capitalised words may open the phrase ("Iraqi police officers", "World Heritage Sites").
    const capital = /^[A-Z]/.test(w) && out.every((x) => /^[A-Z]/.test(x));
    if (!/^[a-z]/.test(w) && !capital) break;
    out.push(w.replace(/[,.;:]$/, ""));
    // A plural noun usually closes the phrase: "US allies rely" -> "US allies".
    if (/[,.;:]$/.test(w) || out.length === 3 || (/[a-z]s$/.test(w) && !/ss$/.test(w))) break;
  }
  if (!out.length || out.every((w) => /^[A-Z]+$/.test(w))) return undefined;
  if (out.every((w) => /^[A-Z]/.test(w)) && !/[a-z]s$/.test(out[out.length - 1]!)) return undefined;
  return out.join(" ");
}

/** The tallies whose number follows them: "the death toll rose to 106". */
const TOLL_UNITS: Record<string, string> = { death: "deaths", casualty: "casualties", injury: "injuries", fatality: "deaths" };
/** A number reached by a tally named before it: "the number of dengue cases this year to 20,878". */
const TALLY_BEFORE = /(?:\b(?:number|total|tally|count) of ((?:[a-z-]+ ){0,2}?(?!(?:this|his|its|was|has|is|as|us|thus|plus|less)\b)[a-z-]+s)\b|\b(death|casualty|injury|fatality) toll\b)[^,;:]{0,40}?\b(?:to|at|of|reached|hit|hits|passed|topped|exceeded|is|was|stands at|stood at)\s+(?:about |around |nearly |almost |over |more than |some )?$/;

/**
 * What a bare number counts when the noun comes before it: "the death toll to 106" -> "deaths",
 * "the total number of dengue cases this year to 20,878" -> "dengue cases". Only within the
 * number's own clause (after its last comma).
 */
export function countedNounBefore(before: string): string | undefined {
  const clause = before.slice(Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.length - 90) + 1);
  const m = TALLY_BEFORE.exec(clause);
  if (!m) return undefined;
  return m[1] ?? TOLL_UNITS[m[2]!];
}

const toNumber = (s: string) => Number(s.replace(/,/g, ""));

/** The low-value flag for a quantity starting at `a` that only converts the quantity before it. */
function lowValueAt(s: string, a: number): { lowValue?: true; lowValueReason?: "unit-conversion" } {
  return CONVERSION_BEFORE.test(s.slice(Math.max(0, a - 50), a)) ? { lowValue: true, lowValueReason: "unit-conversion" } : {};
}

export function numberFacts(s: string): RawFact[] {
  const out: RawFact[] = [];
  for (const m of s.matchAll(NUM_RE)) {
    const a = m.index!;
    let b = a + m[0].length;
    const prev = s[a - 1] ?? "";
    // "G20", "'04"; but "Rs6.9 million" is rupees written close.
    const closeCurrency = CLOSE_CURRENCY.test(s.slice(Math.max(0, a - 6), a));
    if ((/[\p{L}'_]/u.test(prev) && !closeCurrency) || (prev === "." && /\d/.test(s[a - 2] ?? ""))) continue;
    if (/[–—\/-]/.test(prev) && /\d/.test(s[a - 2] ?? "")) continue; // the "45" of "1910–45"
    const before = s.slice(Math.max(0, a - 40), a);
    const after = s.slice(b, b + 80);
    if (/^ \d/.test(after) || /\d $/.test(before)) continue; // phone numbers, "1 2 3 4 5"
    const num = m[0];
    let value = toNumber(num);
    let start = a;

    const cur = CURRENCY_BEFORE.exec(before)?.[0];
    const scaleM = SCALE_AFTER.exec(after);
    const wordScale = scaleM && scaleM[2]!.length > 2;
    const useScale = scaleM && (cur || wordScale || scaleM[1] === "");
    if (useScale && scaleM) {
      value *= scales[scaleM[2]!.toLowerCase()] ?? 1;
      b += scaleM[0].length;
    }
    const rest = s.slice(b, b + 60);
    let moneyWord = MONEY_WORD_AFTER.exec(rest) ?? (useScale && !cur ? WON_AFTER.exec(rest) : null);
    // "400 kilograms (882 pounds)": pounds of weight, not money.
    if (moneyWord && /pounds/i.test(moneyWord[0]) && WEIGHT_BEFORE.test(before)) moneyWord = null;
    if (cur || moneyWord) {
      start = a - (cur?.length ?? 0);
      if (moneyWord) b += moneyWord[0].length;
      const per = /^ (a|per|an) (year|month|week|day|barrel|share|ton|tonne|hour|head)\b/.exec(s.slice(b, b + 30));
      const code = currencyCode(cur?.trim() ?? moneyWord![0].trim());
      const measure = MONEY_MEASURE.exec(s.slice(b, b + 60))?.[1]?.trim();
      const verb = VERB_BEFORE.exec(s.slice(Math.max(0, start - 40), start))?.[1];
      out.push({
        kind: "money",
        s: start,
        e: b,
        value,
        unit: cur?.trim() ?? moneyWord![0].trim(),
        qualifier: qualifierIn(s.slice(Math.max(0, start - 40), start)),
        ...(per ? { per: per[2] } : {}),
        ...(code ? { currency: code } : {}),
        ...(measure ? { measure } : {}),
        ...(verb ? { verb } : {}),
        ...lowValueAt(s, start),
      });
      continue;
    }
    const pct = PCT_AFTER.exec(rest);
    if (pct) {
      b += pct[0].length;
      const unit = /basis|bps/i.test(pct[0]) ? "basis points" : /points?/i.test(pct[0]) ? "percentage points" : "percent";
      const measure = RATE_MEASURE_AFTER.exec(s.slice(b, b + 50))?.[1] ?? RATE_MEASURE_BEFORE.exec(s.slice(Math.max(0, start - 60), start))?.[1];
      const verb = VERB_BEFORE.exec(before)?.[1];
      out.push({ kind: "percentage", s: start, e: b, value, unit, qualifier: qualifierIn(before), ...(measure ? { measure } : {}), ...(verb ? { verb } : {}), ...lowValueAt(s, start) });
      continue;
    }
    const time = TIME_AFTER.exec(rest);
    if (time && value < 13) {
      b += time[0].length;
      out.push({ kind: "date", s: start, e: b, value, entityType: "time" });
      continue;
    }
    const isInt = /^\d+$/.test(num);
    const monthBefore = MONTH_BEFORE.exec(before);
    if (isInt && value >= 1 && value <= 31 && monthBefore && !useScale) {
      start = a - monthBefore[0].length;
      const y = YEAR_AFTER.exec(rest);
      if (y) b += y[0].length;
      out.push({ kind: "date", s: start, e: b, value, entityType: "day" });
      continue;
    }
    const monthAfter = MONTH_AFTER.exec(rest);
    if (isInt && value >= 1 && value <= 31 && monthAfter && !useScale) {
      b += monthAfter[0].length;
      out.push({ kind: "date", s: start, e: b, value, entityType: "day" });
      continue;
    }
    if (isInt && num.length === 4 && value >= 1800 && value <= 2100 && !useScale) {
      const range = RANGE_AFTER.exec(rest);
      if (range) {
        const endYear = range[1]!.length === 2 ? Math.floor(value / 100) * 100 + Number(range[1]) : Number(range[1]);
        b += range[0].length;
        out.push({ kind: "date", s: start, e: b, value, values: [value, endYear], entityType: "year" });
      } else if (s[b] === "s" && !/\w/.test(s[b + 1] ?? "")) {
        out.push({ kind: "date", s: start, e: b + 1, value, entityType: "year" });
      } else if (!/^[\p{L}]/u.test(rest)) {
        out.push({ kind: "date", s: start, e: b, value, entityType: "year" });
      }
      continue;
    }
    // Age: "Reid, 64, said"
    if (isInt && value < 120 && /\p{Lu}[\p{L}.'-]*, $/u.test(before) && rest.startsWith(",")) {
      const who = /(\p{Lu}[\p{L}.'-]*), $/u.exec(before)![1]!;
      out.push({ kind: "count", s: start, e: b, value, unit: "years old", subject: who });
      continue;
    }
    const attached = /^[a-z]+/.exec(rest)?.[0];
    const unit = attached && !useScale ? attached : (countedNoun(rest) ?? countedNounBefore(s.slice(0, start)));
    if (attached && !useScale) b += attached.length;
    const verb = VERB_BEFORE.exec(before)?.[1];
    out.push({ kind: "count", s: start, e: b, value, ...(unit ? { unit } : {}), qualifier: qualifierIn(before), ...(verb ? { verb } : {}), ...lowValueAt(s, start) });
  }
  // "a high of 6,684.77 points, the index ended at 6,679.20": a bare figure beside one of its own
  // size takes that one's unit (a level, not a count of nothing).
  for (const f of out) {
    if (f.kind !== "count" || f.unit || f.value === undefined || f.value < 10) continue;
    const sibling = out.find((g) => g !== f && g.kind === "count" && g.unit && g.unit !== "years old" && g.value !== undefined && g.value / f.value! >= 0.5 && g.value / f.value! <= 2);
    if (sibling) f.unit = sibling.unit;
  }
  // "next March", "in June": a month named without a day number.
  for (const m of s.matchAll(MONTH_ONLY_RE)) {
    const a = m.index! + m[0].length - m[1]!.length;
    const after = s.slice(a + m[1]!.length, a + m[1]!.length + 8);
    if (/^ \d/.test(after)) continue;
    if (m[1]!.startsWith("May") && !/^(?:next|last|this|early|late|mid-)/.test(m[1]!) && !/\b(?:in|since|until|by|from) $/.test(s.slice(Math.max(0, a - 8), a))) continue;
    out.push({ kind: "date", s: a, e: a + m[1]!.length, entityType: "month" });
  }
  return out;
}

// Shared pieces for the builders: blanking the answer out of its sentence, wording the lead
// question per fact kind, explanations, and the distractor pools.
import { cities, countries, leaders, numberWords, regions, titles, words as wordData } from "../data";
import type { Fact } from "../facts";
import type { Question } from "../schema";

export const BLANK = "_____";

/** Word-level normal form used for comparing answers, choices and prompts. */
export function norm(s: string): string {
  return s
    .toLowerCase()
    .replace(/'s\b/g, "")
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/[^\p{L}\p{N}.%$£€\s]/gu, " ")
    .replace(/\.(?!\d)/g, " ")
    .split(/\s+/)
    .filter((w) => w && w !== "the" && w !== "a" && w !== "an")
    .join(" ");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The sentence with the answer (and any repeat of it) replaced by a blank. */
export function blankSentence(f: Fact, answer = f.answer): string {
  const s0 = f.answerStart - f.start;
  const s1 = f.answerEnd - f.start;
  let out = f.sentence.slice(0, s0) + BLANK + f.sentence.slice(s1);
  if (answer.length >= 3) out = out.replace(new RegExp(`\\b${escapeRegExp(answer)}\\b`, "g"), BLANK);
  return out;
}

/** The sentence with the answer replaced by another value (for false statements). */
export function substitute(f: Fact, replacement: string): string {
  return f.sentence.slice(0, f.answerStart - f.start) + replacement + f.sentence.slice(f.answerEnd - f.start);
}

export function quoted(f: Fact, body: string): string {
  return `${f.context ? `${f.context} ` : ""}"${body}"`;
}

const withArticle = (role: string) => (/^(the|a|an)\b/i.test(role) || /^\p{Lu}[\p{L}-]*'s\b/u.test(role) ? role : `the ${role}`);

/** A short lead question for the fact; the quoted sentence follows it. */
export function leadQuestion(f: Fact): string {
  switch (f.kind) {
    case "money":
      return "What amount completes this sentence from the article?";
    case "percentage":
      return "What percentage completes this sentence from the article?";
    case "count":
      if (f.unit === "years old") return `How old is ${f.subject ?? "the person"}, according to the article?`;
      return f.unit ? `How many ${f.unit.replace(/^(?:-|of )/, "")}? Complete this sentence from the article:` : "What number completes this sentence from the article?";
    case "date":
      return f.entityType === "time" ? "At what time? Complete this sentence from the article:" : "When? Complete this sentence from the article:";
    case "place":
      if (f.entityType === "country") return "Which country completes this sentence from the article?";
      if (f.entityType === "city") return "Which city completes this sentence from the article?";
      return "Which place completes this sentence from the article?";
    case "role":
      if (f.relation === "role-of") return "What role completes this sentence from the article?";
      if (f.relation === "affiliation") return "Which organisation completes this sentence from the article?";
      return "Who completes this sentence from the article?";
    case "meeting":
      return "Who completes this sentence about the meeting?";
    default:
      if (f.entityType === "person") return "Who completes this sentence from the article?";
      if (f.entityType === "quote") return "Which words complete this quotation from the article?";
      return "What completes this sentence from the article?";
  }
}

/** A direct question that needs no quoted sentence, when the fact has that structure. */
export function directQuestion(f: Fact, pools?: Pools): string | undefined {
  if (f.relation === "role-of" && f.subject) return `According to the article, what is ${f.subject}'s role?`;
  if (f.relation === "affiliation" && f.subject) return `According to the article, which organisation is ${f.subject} from?`;
  // Only a specific role identifies one person: "Prime Minister" may fit several people.
  if (f.relation === "holder" && f.role && f.role.includes(" ") && !/\b(?:Mr|Mrs|Ms|Dr)\.?$/.test(f.role) && (pools?.roleHolders.get(norm(f.role)) ?? 1) === 1)
    return `According to the article, who is ${withArticle(f.role)}?`;
  return undefined;
}

/** The fact in one sentence, then its source. */
export function explain(f: Fact): string {
  let statement: string;
  if (f.relation === "role-of" && f.subject) statement = `${f.subject}: ${f.answer}.`;
  else if (f.relation === "affiliation" && f.subject) statement = `${f.subject} is from ${f.answer}.`;
  else if (f.relation === "holder" && f.role) statement = `${f.answer} is ${withArticle(f.role)}.`;
  else {
    const q = f.qualifier ? `${f.qualifier} ` : "";
    const unit = f.kind === "count" && f.unit && f.unit !== "years old" ? ` ${f.unit}` : f.unit === "years old" ? " years old" : "";
    statement = `The answer is ${q}${f.answer}${unit}.`;
  }
  return `${statement} The article says: "${f.sentence}"`;
}

export function baseQuestion(f: Fact): Pick<Question, "explanation" | "source" | "factKind" | "tags"> {
  return {
    explanation: explain(f),
    source: { sentence: f.sentence, start: f.start, end: f.end },
    factKind: f.kind,
    tags: [f.kind, ...(f.entityType ? [f.entityType] : [])],
  };
}

// ---------- distractors ----------

const numberWordByValue = new Map(Object.entries(numberWords).map(([w, v]) => [v, w]));

/** Replace the number inside `answer` by `value`, keeping its style (commas, decimals, words). */
export function restyleNumber(answer: string, value: number): string | undefined {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(answer);
  if (!m) {
    const w = /^[A-Za-z]+/.exec(answer)?.[0];
    const word = numberWordByValue.get(value);
    if (!w || !word) return undefined;
    const styled = /^\p{Lu}/u.test(w) ? word[0]!.toUpperCase() + word.slice(1) : word;
    return styled + answer.slice(w.length);
  }
  const old = m[0];
  const decimals = /\.(\d+)$/.exec(old)?.[1]?.length ?? 0;
  let text = value.toFixed(decimals);
  if (old.includes(",") || (value >= 10000 && decimals === 0 && old.length > 4)) {
    const [int, dec] = text.split(".");
    text = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (dec ? `.${dec}` : "");
  }
  return answer.slice(0, m.index) + text + answer.slice(m.index + old.length);
}

/** The bare number written in the answer (before any scale word), or a number word's value. */
export function writtenNumber(answer: string): number | undefined {
  const m = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(answer);
  if (m) return Number(m[0].replace(/,/g, ""));
  const w = /^[A-Za-z]+/.exec(answer)?.[0]?.toLowerCase();
  return w ? numberWords[w] : undefined;
}

function niceAlternatives(n: number, isYear: boolean, isWord: boolean): number[] {
  if (isYear) return [n - 1, n + 1, n - 2, n + 2, n - 5, n + 5, n - 10, n + 10];
  if (isWord) return [n + 1, n - 1, n + 2, n - 2, n + 3, n + 4, n * 2, n + 5].filter((x) => numberWordByValue.has(x));
  if (Number.isInteger(n) && n <= 12) return [n + 1, n - 1, n + 2, n + 3, n - 2, n * 2, n + 5];
  const decimals = /\.(\d+)$/.exec(String(n))?.[1]?.length ?? 0;
  const round = (x: number) => {
    if (decimals) return Number(x.toFixed(decimals));
    const mag = 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(x))) - 1);
    return Math.round(x / mag) * mag;
  };
  return [1.5, 0.5, 2, 0.75, 3, 1.25, 0.25, 4].map((k) => round(n * k));
}

export interface Pools {
  byKey: Map<string, string[]>;
  /** How many different people hold each role (by normalised role). */
  roleHolders: Map<string, number>;
  numbers: Map<string, Fact[]>;
}

const POOL_LIMIT = 60;

function poolKey(f: Fact): string | undefined {
  if (f.kind === "role" && f.relation === "role-of") return "role";
  if (f.relation === "affiliation") return "org";
  if (f.entityType === "person") return "person";
  if (f.entityType === "country") return "country";
  if (f.entityType === "city") return "city";
  if (f.kind === "place" && f.entityType === "place") return "place";
  if (f.entityType === "org" || f.entityType === "other") return "org";
  if (f.entityType === "quote") return "quote";
  return undefined;
}

const FALLBACK: Record<string, readonly string[]> = {
  person: leaders.map((l) => l.name),
  country: countries.map((c) => c.name),
  city: cities,
  place: [...regions, ...cities],
  role: titles.sampleRoles,
  org: [],
  quote: [],
};

export function buildPools(facts: readonly Fact[]): Pools {
  const byKey = new Map<string, string[]>();
  const numbers = new Map<string, Fact[]>();
  const holders = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.relation === "holder" && f.role) {
      const set = holders.get(norm(f.role)) ?? new Set();
      set.add(norm(f.answer));
      holders.set(norm(f.role), set);
    }
    const key = poolKey(f);
    if (key) {
      const list = byKey.get(key) ?? [];
      if (list.length < POOL_LIMIT && !list.some((x) => norm(x) === norm(f.answer))) list.push(f.answer);
      byKey.set(key, list);
    }
    if (f.value !== undefined && !f.values) {
      const nk = `${f.kind}|${f.kind === "count" ? (f.unit ?? "") : f.kind === "money" ? (f.unit ?? "") : f.entityType ?? ""}`;
      const list = numbers.get(nk) ?? [];
      if (list.length < POOL_LIMIT) list.push(f);
      numbers.set(nk, list);
    }
  }
  const roleHolders = new Map([...holders].map(([k, v]) => [k, v.size]));
  return { byKey, numbers, roleHolders };
}

const sharesWord = (a: string, b: string) => {
  const aw = new Set(norm(a).split(" "));
  return norm(b)
    .split(" ")
    .some((w) => aw.has(w) && !/^\d/.test(w) && w.length > 2);
};

/** Up to `n` wrong answers of the same type: from the article first, then from the data files. */
export function distractors(f: Fact, pools: Pools, n = 3): string[] {
  const out: string[] = [];
  const seen = new Set([norm(f.answer)]);
  const add = (c: string | undefined) => {
    if (!c || out.length >= n) return;
    const k = norm(c);
    if (!k || seen.has(k) || c.length > 200) return;
    if (f.sentence.includes(c)) return; // a choice already in the sentence is confusing
    // Named choices should not overlap each other either ("Lee" beside "Lee Jae Myung").
    if (!/\d/.test(c) && out.some((o) => sharesWord(o, c))) return;
    seen.add(k);
    out.push(c);
  };
  const key = poolKey(f);
  if (key) {
    for (const c of pools.byKey.get(key) ?? []) if (!sharesWord(f.answer, c)) add(c);
    for (const c of FALLBACK[key] ?? []) if (!sharesWord(f.answer, c)) add(c);
    if (f.entityType === "list" && f.items) return out;
    return out;
  }
  if (f.entityType === "rank") {
    const [ord, rest] = f.answer.split("-", 2) as [string, string];
    for (const o of ["second", "third", "fourth", "fifth", "sixth", "seventh"]) if (o !== ord.toLowerCase()) add(`${o}-${rest}`);
    return out;
  }
  if (f.entityType === "month" || (f.kind === "date" && /^(?:next |last |this )?[A-Z][a-z]+$/.test(f.answer))) {
    const m = wordData.months.find((x) => f.answer.endsWith(x));
    if (m) for (const o of wordData.months) if (o !== m) add(f.answer.replace(m, o));
    return out;
  }
  if (f.values && f.values.length === 2) {
    const [a, b] = f.values as [number, number];
    for (const d of [-5, 5, -10, 10, 3, -3]) {
      const endText = f.answer.replace(/^\d{4}/, "").replace(/\d+$/, (x) => (x.length === 2 ? String((b + d) % 100).padStart(2, "0") : String(b + d)));
      add(`${a + d}${endText}`);
    }
    return out;
  }
  // Numbers: same kind and unit from the article, then nearby round values.
  const written = writtenNumber(f.answer);
  if (written === undefined) return out;
  const nk = `${f.kind}|${f.kind === "count" ? (f.unit ?? "") : f.kind === "money" ? (f.unit ?? "") : f.entityType ?? ""}`;
  for (const g of pools.numbers.get(nk) ?? []) {
    if (g.id === f.id || g.value === undefined || f.value === undefined) continue;
    const ratio = g.value / f.value;
    if (ratio > 0.05 && ratio < 20 && /\d/.test(g.answer) === /\d/.test(f.answer)) add(g.answer);
  }
  const isYear = f.kind === "date" && f.entityType === "year";
  const isWord = !/\d/.test(f.answer);
  for (const v of niceAlternatives(written, isYear, isWord)) if (v > 0 && v !== written) add(restyleNumber(f.answer, v));
  return out;
}

export function hashOf(seed: string): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Deterministic shuffle so output is stable across runs (seeded by the fact id). */
export function shuffle<T>(xs: readonly T[], seed: string): T[] {
  let h = hashOf(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0;
    const j = h % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

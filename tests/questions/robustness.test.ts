// Whatever text arrives (markup, other scripts, binary junk, megabytes, one endless sentence),
// generateQuestions returns, in bounded time, only questions that pass the schema and quote a
// sentence of the cleaned text. Property tests cover the space; the tables pin the inputs that
// have broken scrapers and regex engines before.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateQuestions, questionSchema, type GenerateResult } from "@/questions";

const root = new URL("../..", import.meta.url).pathname;

/** Every question is schema-valid and its source is a sentence of the cleaned text, at its offsets. */
function expectWellFormed(r: GenerateResult): void {
  for (const q of r.questions) {
    const parsed = questionSchema.safeParse(q);
    expect(parsed.success, `${q.type}: ${parsed.error?.message ?? ""}`).toBe(true);
    const src = q.source;
    expect(src, q.prompt).toBeDefined();
    expect(r.cleanText.includes(src!.sentence), src!.sentence).toBe(true);
    if (src!.start !== undefined && src!.end !== undefined) expect(r.cleanText.slice(src!.start, src!.end)).toBe(src!.sentence);
  }
}

const generateWellFormed = (text: string) => {
  const r = generateQuestions(text);
  expectWellFormed(r);
  return r;
};

/** A small deterministic PRNG, so the large inputs are the same on every run. */
function prng(seed: number): (n: number) => number {
  let h = seed >>> 0;
  return (n) => {
    h = (Math.imul(h, 1103515245) + 12345) >>> 0;
    return (h >>> 8) % n;
  };
}

// Our own made-up vocabulary: sentences with the people, places, roles, numbers and dates the
// extractors look for, so large inputs exercise every stage rather than being filtered out early.
const PEOPLE = ["Prime Minister Tomas Hale", "President Ana Ruiz", "Kenji Sato", "Dr. Lena Berg", "Mr. Omar Farouk", "Senator Rosa Vidal"];
const PLACES = ["Paris", "Brazil", "Lagos", "Oslo", "Peru", "Chile", "Canberra", "Kenya"];
const VERBS = ["met", "thanked", "visited", "told", "praised", "questioned"];
const AMOUNTS = ["$4.5 billion", "12 percent", "300 workers", "March 3, 2024", "seven schools", "1,250 homes", "the 1990s", "about 40 buses"];

function syntheticSentence(rnd: (n: number) => number): string {
  return `${PEOPLE[rnd(PEOPLE.length)]} ${VERBS[rnd(VERBS.length)]} ${rnd(1000)} officials in ${PLACES[rnd(PLACES.length)]} about ${AMOUNTS[rnd(AMOUNTS.length)]} on ${rnd(2) ? "Monday" : "Friday"}.`;
}

/** Paragraphs of synthetic news sentences, at least `chars` long. */
function syntheticArticle(chars: number, seed = 1): string {
  const rnd = prng(seed);
  const paras: string[] = [];
  let len = 0;
  while (len < chars) {
    const p = Array.from({ length: 1 + rnd(5) }, () => syntheticSentence(rnd)).join(" ");
    paras.push(p);
    len += p.length + 1;
  }
  return paras.join("\n");
}

const fixture = readFileSync(join(root, "tests/fixtures/articles/harbour-bridge-repairs.txt"), "utf8");

// ---------- arbitraries ----------

const word = fc.oneof(
  fc.constantFrom("the", "minister", "said", "on", "Monday", "of", "in", "and", "a", "U.S.", "Mr.", "Inc.", "per", "cent", "million", "$", "%", "said:", "–", "—"),
  fc.constantFrom(...PEOPLE, ...PLACES, ...AMOUNTS),
  fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
  fc.stringMatching(/^[a-z]{1,9}$/),
  fc.integer({ min: 0, max: 3_000_000 }).map(String),
  fc.stringMatching(/^\d{1,3}(?:,\d{3}){1,2}$/),
);
const punct = fc.constantFrom(".", ",", ";", ":", "!", "?", '"', "'", "(", ")", "...", " -", "\u201C", "\u201D", "\u2019");
/** Sentence-shaped text: words with stray punctuation and line breaks. */
const newsish = fc
  .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 2, arbitrary: punct }, { weight: 1, arbitrary: fc.constantFrom("\n", "\n\n", "  ", "\t") }), { maxLength: 300 })
  .map((parts) => parts.join(" "));

const tagName = fc.constantFrom("p", "div", "span", "a", "script", "style", "br", "h1", "li", "figure", "figcaption", "!--", "![CDATA[");
const attr = fc.tuple(fc.constantFrom("class", "href", "id", "data-x", "style"), fc.string({ maxLength: 20 })).map(([k, v]) => ` ${k}="${v}"`);
const markup = fc.oneof(
  fc.tuple(tagName, fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([t, as, close]) => `<${close ? "/" : ""}${t}${as.join("")}>`),
  fc.constantFrom("&amp;", "&nbsp;", "&#8220;", "&#x2019;", "&lt;p&gt;", "&#0;", "&#99999999;", "&bogus;", "-->", "<", ">", "/>"),
);
/** HTML-ish pages: tags, attributes, entities and comments around news-like words. */
const htmlish = fc
  .array(fc.oneof({ weight: 3, arbitrary: markup }, { weight: 4, arbitrary: word }, { weight: 1, arbitrary: punct }), { maxLength: 300 })
  .map((parts) => parts.join(" "));

const SCRIPTS = {
  chinese: "中华人民共和国国务院总理周三在北京会见了来访的代表团。双方同意加强合作，金额为五十亿元。",
  arabic: "قال الرئيس إن الحكومة ستنفق 5 مليارات دولار على المشروع في القاهرة يوم الاثنين. ",
  cyrillic: "Президент встретился в Москве с министром 12 марта, обсудив 300 проектов. ",
  emoji: "🎉 The mayor 😀 opened 👍🏽 a bridge in Oslo 🇳🇴 on Monday 🚀. ",
  mixed: "Ministerin Müller sagte, 40 % der Schüler in Zürich — ¿verdad? — ça va. ",
};
const foreign = fc
  .array(fc.oneof(fc.constantFrom(...Object.values(SCRIPTS)), fc.string({ unit: "grapheme", maxLength: 40 }), word), { maxLength: 60 })
  .map((parts) => parts.join(" "));

const junk = fc
  .tuple(fc.uint8Array({ maxLength: 4000 }), fc.constantFrom<BufferEncoding>("latin1", "utf8"))
  .map(([bytes, enc]) => Buffer.from(bytes).toString(enc));

// ---------- tests ----------

describe("generateQuestions on arbitrary input", () => {
  it.each([
    ["arbitrary strings", fc.string({ unit: "binary", maxLength: 2000 }), 150],
    ["sentence-shaped text", newsish, 150],
    ["HTML-ish markup", htmlish, 100],
    ["non-English scripts and emoji", foreign, 100],
    ["random bytes decoded as latin1 or utf8", junk, 60],
  ] as const)("%s: returns well-formed, grounded questions", { timeout: 20_000 }, (_, arb, numRuns) => {
    fc.assert(
      fc.property(arb as fc.Arbitrary<string>, (text) => {
        generateWellFormed(text);
      }),
      { numRuns },
    );
  });

  it("sentence-shaped text around an article still yields grounded questions", { timeout: 20_000 }, () => {
    fc.assert(
      fc.property(newsish, newsish, (pre, post) => {
        const r = generateWellFormed(`${pre}\n${fixture}\n${post}`);
        expect(r.questions.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });

  it.each(Object.entries(SCRIPTS))("%s text, repeated to 100 KB", (_, sample) => {
    generateWellFormed(Array.from({ length: Math.ceil(100_000 / sample.length) }, (_, i) => sample.replace(/\d+/g, (d) => String(Number(d) + i))).join("\n"));
  });
});

describe("generateQuestions on huge inputs", () => {
  it("a 5 MB article returns at most the default limit of grounded questions", { timeout: 20_000 }, () => {
    const text = syntheticArticle(5_000_000);
    expect(text.length).toBeGreaterThanOrEqual(5_000_000);
    const r = generateWellFormed(text);
    expect(r.questions.length).toBeGreaterThan(0);
    expect(r.questions.length).toBeLessThanOrEqual(150);
  });

  it("one sentence of 200,000 words with no punctuation", { timeout: 20_000 }, () => {
    const rnd = prng(2);
    const vocab = ["minister", "Paris", "river", "Kenji", "Sato", "house", "said", "the", "officials", "budget"];
    const r = generateWellFormed(Array.from({ length: 200_000 }, () => vocab[rnd(vocab.length)]).join(" "));
    expect(r.questions).toEqual([]);
  });

  it("a real article followed by a 1 MB run-on line keeps the article's questions", { timeout: 20_000 }, () => {
    const r = generateWellFormed(`${fixture}\n${"and then the council met again ".repeat(35_000)}`);
    expect(r.questions.length).toBeGreaterThan(0);
  });
});

// Inputs of 50,000 characters built to make backtracking regexes or rescanning loops go
// quadratic or worse. Each is wrapped in an ordinary sentence so no early filter drops it.
const N = 50_000;
const PATHOLOGICAL: [string, string][] = [
  ["spaces", " ".repeat(N)],
  ["Unicode spaces (\\s but not ' ')", "\u2000\u2001\u205f\u1680".repeat(N / 4)],
  ["tabs and form feeds", "\t\f\v".repeat(N / 3)],
  ["line breaks", "\n\r\n\u2028".repeat(N / 4)],
  ["dots", ".".repeat(N)],
  ["dots then a letter", `${".".repeat(N)}x`],
  ["dots and spaces", ". ".repeat(N / 2)],
  ["closing marks", `${'!?.")]'.repeat(N / 6)}x`],
  ["ellipses before capitals", "... A".repeat(N / 5)],
  ["capitals", "A".repeat(N)],
  ["capitalised words", "Abc ".repeat(N / 4)],
  ["initials", "A. ".repeat(N / 3)],
  ["dotted initials", "A.B.".repeat(N / 4)],
  ["U.S. repeated", "U.S. ".repeat(N / 5)],
  ["U.S. without spaces", "U.S.".repeat(N / 4)],
  ["honorifics", "Mr. ".repeat(N / 4)],
  ["digits", "1".repeat(N)],
  ["digits with commas", "1,".repeat(N / 2)],
  ["thousands groups", `${"1,000".repeat(N / 5)} people`],
  ["decimal points", "1.1".repeat(N / 3)],
  ["currency and percent", "$1% ".repeat(N / 4)],
  ["double quotes", '"'.repeat(N)],
  ["quoted words", '"a" '.repeat(N / 4)],
  ["single quotes", "'".repeat(N)],
  ["curly quotes", "\u201C\u2019\u201D".repeat(N / 3)],
  ["hyphens", "-".repeat(N)],
  ["hyphenated words", "a-".repeat(N / 2)],
  ["dashes", " – — ".repeat(N / 5)],
  ["open parentheses", "(".repeat(N)],
  ["unclosed ticker notes", "(NYSE: AB ".repeat(N / 10)],
  ["unclosed reporting credits", "(Reporting by ".repeat(N / 14)],
  ["ampersands and entities", "&amp;&#".repeat(N / 7)],
  ["pipes", " | ".repeat(N / 3)],
  ["By bylines", "By A ".repeat(N / 5)],
  ["letters and dots", "a.".repeat(N / 2)],
  ["apostrophes", "a'".repeat(N / 2)],
  ["one long word", "a".repeat(N)],
];

describe("no catastrophic backtracking", () => {
  it.each(PATHOLOGICAL)("%s (50k chars) completes", { timeout: 5_000 }, (_, run) => {
    const started = performance.now();
    generateWellFormed(`The minister said on Monday that the new plan would ${run} cost more than expected.`);
    generateWellFormed(run);
    expect(performance.now() - started).toBeLessThan(4_000);
  });
});

describe("questions CLI on a 5 MB file", () => {
  it("completes and prints valid JSON", { timeout: 60_000 }, () => {
    const file = join(mkdtempSync(join(tmpdir(), "newsquiz-robust-")), "huge.txt");
    writeFileSync(file, syntheticArticle(5_000_000, 3));
    const r = spawnSync("npx", ["tsx", "questions/cli.ts", "generate", file, "--json"], { cwd: root, encoding: "utf8", timeout: 55_000, maxBuffer: 64 * 1024 * 1024 });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { questions: unknown[] };
    expect(out.questions.length).toBeGreaterThan(0);
    for (const q of out.questions) expect(questionSchema.safeParse(q).success).toBe(true);
  });
});

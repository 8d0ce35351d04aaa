// `npm run bench`: how fast the question generator is, beside a bare wink-nlp parse of the same
// texts, and whether its cost stays linear when an article grows tenfold; and how fast GIFT files
// of 2 MB parse. Prints figures only; there are no pass/fail asserts. The bars we aim for: <= 40 ms
// per 1,000 words, <= 10x wink.
//
// The articles are third-party texts, so they are read from the shared folder at run time and
// never copied into the repo: `--articles DIR`, else $NEWSQUIZ_ARTICLES, else ../shared/articles
// beside the repo root.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { generateQuestions } from "../../questions";
import { cleanArticle, splitSentences } from "../../questions/article";
import { buildQuestions } from "../../questions/build";
import { extractFacts } from "../../questions/facts";
import { rankQuestions } from "../../questions/rank";
import { parseGift } from "../../questions/formats/gift";
import { largeGift } from "../support/large-inputs";

const WARMUP_RUNS = 3;
const ROUNDS = 9;
const SCALE_ROUNDS = 5;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function articlesDir(argv: string[]): string {
  const i = argv.indexOf("--articles");
  if (i >= 0 && argv[i + 1]) return resolve(argv[i + 1]!);
  if (process.env.NEWSQUIZ_ARTICLES) return resolve(process.env.NEWSQUIZ_ARTICLES);
  return resolve(repoRoot, "../shared/articles");
}

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * Median over rounds of the time each function takes to process every text once. The functions
 * take turns within each round, so a burst of load from other processes hits both alike; the
 * ratio is the median of the per-round ratios for the same reason.
 */
function timeCorpora(texts: readonly string[], fns: readonly ((t: string) => unknown)[], rounds: number): { medians: number[]; ratio: number } {
  for (let w = 0; w < WARMUP_RUNS; w++) for (const fn of fns) for (const t of texts) fn(t);
  const totals: number[][] = fns.map(() => []);
  for (let r = 0; r < rounds; r++) fns.forEach((fn, k) => totals[k]!.push(texts.reduce((sum, t) => sum + timeMs(() => fn(t)), 0)));
  const ratio = median(totals[0]!.map((x, r) => x / totals[1]![r]!));
  return { medians: totals.map(median), ratio };
}

const OPENERS = ["Meanwhile", "Separately", "Earlier", "Later", "Elsewhere", "Again", "Also", "Still", "Now"];

/**
 * `copies` variants of the text joined together. Each copy after the first shifts every digit and
 * opens each line with a different adverb, so the cleaner's duplicate-line filter keeps them all and
 * the generator does the full work on every copy.
 */
function lengthen(text: string, copies: number): string {
  const out: string[] = [text];
  for (let k = 1; k < copies; k++) {
    const opener = OPENERS[(k - 1) % OPENERS.length]!;
    const shifted = text.replace(/\d/g, (d) => String((Number(d) + k) % 10));
    out.push(shifted.replace(/^(.+)$/gm, (line) => `${opener}, ${line}`));
  }
  return out.join("\n\n");
}

interface StageTimes {
  clean: number;
  sentences: number;
  facts: number;
  build: number;
  rank: number;
}

/** The pipeline of generateQuestions, one stage at a time, to show where the time goes. */
function stageTimes(text: string): StageTimes {
  let article!: ReturnType<typeof cleanArticle>;
  let sentences!: ReturnType<typeof splitSentences>;
  let facts!: ReturnType<typeof extractFacts>;
  let cands!: ReturnType<typeof buildQuestions>;
  const clean = timeMs(() => (article = cleanArticle(text)));
  const sent = timeMs(() => (sentences = splitSentences(article.text)));
  const fct = timeMs(() => (facts = extractFacts(sentences)));
  const build = timeMs(() => (cands = buildQuestions(facts.slice(0, 4000))));
  const rank = timeMs(() => rankQuestions(cands));
  return { clean, sentences: sent, facts: fct, build, rank };
}

function medianStages(text: string, rounds: number): StageTimes {
  for (let w = 0; w < WARMUP_RUNS; w++) stageTimes(text);
  const runs = Array.from({ length: rounds }, () => stageTimes(text));
  const keys = ["clean", "sentences", "facts", "build", "rank"] as const;
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as unknown as StageTimes;
}

const fmt = (x: number, digits = 2) => x.toFixed(digits);

/** parseGift over 2 MB files of the shapes that once froze the server (issue 12), and of questions. */
function giftTimes(): void {
  const bytes = 2 * 1024 * 1024;
  const files = {
    tag_comments: "// [tag:x]\n\n".repeat(Math.ceil(bytes / 12)).slice(0, bytes),
    unclosed_tags: ("// " + "[tag:x".repeat(Math.ceil(bytes / 6))).slice(0, bytes),
    questions: largeGift(bytes).slice(0, bytes),
  };
  const figures = Object.entries(files).map(([name, text]) => {
    const ms = median(Array.from({ length: SCALE_ROUNDS + WARMUP_RUNS }, () => timeMs(() => parseGift(text))).slice(WARMUP_RUNS));
    console.log(`parseGift 2 MB of ${name.replace("_", " ")}: ${fmt(ms)} ms (${fmt(2 / (ms / 1000), 1)} MB/s)`);
    return `${name}_ms=${fmt(ms)}`;
  });
  console.log(`bench gift ${figures.join(" ")}`);
}

function main(): number {
  giftTimes();
  const dir = articlesDir(process.argv.slice(2));
  if (!existsSync(dir)) {
    process.stderr.write(`bench: articles folder not found: ${dir} (pass --articles DIR or set NEWSQUIZ_ARTICLES)\n`);
    return 2;
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (!files.length) {
    process.stderr.write(`bench: no *.txt articles in ${dir}\n`);
    return 2;
  }
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8"));
  const words = texts.reduce((n, t) => n + wordCount(t), 0);
  console.log(`articles: ${files.length} from ${dir}, ${words} words; node ${process.version}; warm-up ${WARMUP_RUNS}, rounds ${ROUNDS}`);

  const nlp = winkNLP(model);
  const timed = timeCorpora(texts, [(t) => generateQuestions(t), (t) => nlp.readDoc(t)], ROUNDS);
  const [ours, wink] = timed.medians as [number, number];
  const ratio = timed.ratio;
  const oursPer1k = (ours / words) * 1000;
  const winkPer1k = (wink / words) * 1000;
  const perSecond = files.length / (ours / 1000);
  console.log(`generateQuestions: ${fmt(ours)} ms for all articles, ${fmt(oursPer1k)} ms per 1,000 words, ${fmt(perSecond, 1)} articles/s`);
  console.log(`wink-nlp readDoc:  ${fmt(wink)} ms for all articles, ${fmt(winkPer1k)} ms per 1,000 words`);
  console.log(`ratio ours/wink: ${fmt(ratio)} (median of per-round ratios)`);

  // The rounds above give the same texts again, so V8's cache of compiled patterns holds every
  // pattern built from a name or key after the first round; a server's next article brings new
  // names. Here each round renames the capitalised words (a new suffix each round), so the
  // patterns an article's names would need are new to the process (decision 013, "Speed").
  const fresh = Array.from({ length: ROUNDS }, (_, r) => texts.map((t) => t.replace(/\b([A-Z][a-z]{3,})\b/g, `$1${String.fromCharCode(97 + r)}q`)));
  for (let w = 0; w < WARMUP_RUNS; w++) for (const t of texts) generateQuestions(t);
  const freshMs = median(fresh.map((batch) => batch.reduce((sum, t) => sum + timeMs(() => generateQuestions(t)), 0)));
  console.log(`generateQuestions, names new to the process: ${fmt((freshMs / words) * 1000)} ms per 1,000 words`);

  const oneX = texts.join("\n\n");
  const tenX = lengthen(oneX, 10);
  const t1 = median(Array.from({ length: SCALE_ROUNDS + WARMUP_RUNS }, () => timeMs(() => generateQuestions(oneX))).slice(WARMUP_RUNS));
  const t10 = median(Array.from({ length: SCALE_ROUNDS + WARMUP_RUNS }, () => timeMs(() => generateQuestions(tenX))).slice(WARMUP_RUNS));
  const scale = t10 / t1;
  console.log(`scaling: 1x ${wordCount(oneX)} words ${fmt(t1)} ms; 10x ${wordCount(tenX)} words ${fmt(t10)} ms; time(10x)/time(1x) = ${fmt(scale)}`);

  const s1 = medianStages(oneX, SCALE_ROUNDS);
  const s10 = medianStages(tenX, SCALE_ROUNDS);
  console.log("stage       1x ms   10x ms   10x/1x");
  for (const k of Object.keys(s1) as (keyof StageTimes)[])
    console.log(`${k.padEnd(10)} ${fmt(s1[k]).padStart(7)} ${fmt(s10[k]).padStart(8)} ${fmt(s10[k] / s1[k]).padStart(8)}`);
  // The stages above restate generateQuestions' pipeline; a total far from the figures above means
  // the pipeline changed and stageTimes() needs to follow it.
  const sum = (s: StageTimes) => Object.values(s).reduce((a: number, b: number) => a + b, 0);
  console.log(`${"total".padEnd(10)} ${fmt(sum(s1)).padStart(7)} ${fmt(sum(s10)).padStart(8)} ${fmt(sum(s10) / sum(s1)).padStart(8)}`);

  console.log(
    `bench generator ms_per_1k_words=${fmt(oursPer1k)} wink_ms_per_1k_words=${fmt(winkPer1k)} ratio=${fmt(ratio)} articles_per_s=${fmt(perSecond, 1)} scale10x=${fmt(scale)} fresh_ms_per_1k_words=${fmt((freshMs / words) * 1000)}`,
  );
  return 0;
}

process.exitCode = main();

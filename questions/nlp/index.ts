// The linguistic base: tokens, part-of-speech tags and numeric and temporal entities from
// wink-nlp's English model, read once per article and mapped back to character offsets of the
// cleaned text, so every later stage can ask "which tokens and entities lie in this sentence?".
// Why wink-nlp: docs/decisions/013-linguistic-base-wink-nlp.md.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export type EntityKind = "CARDINAL" | "ORDINAL" | "DATE" | "TIME" | "DURATION" | "MONEY" | "PERCENT" | "EMAIL" | "URL" | "HASHTAG" | "MENTION" | "EMOJI" | "EMOTICON";

export interface NlpToken {
  text: string;
  start: number;
  end: number;
  /** Universal part-of-speech tag: NOUN, PROPN, VERB, AUX, NUM, ADJ, ADP, DET, PUNCT ... */
  pos: string;
}

export interface NlpEntity {
  kind: EntityKind;
  text: string;
  start: number;
  end: number;
  /** Index of its first and last token in `tokens`. */
  first: number;
  last: number;
}

export interface Annotated {
  tokens: NlpToken[];
  entities: NlpEntity[];
}

// A run of 48 non-spaces or more, matched only from where a run starts: tried at every character,
// the plain /\S{48,}/g read each word again from each of its letters (three times as slow, on
// the whole article).
const LONG_RUN = /(?<!\S)\S{48,}/g;

/**
 * The annotations read: part-of-speech tags (and with them lemmas) and entities. wink's default
 * pipeline also finds sentence boundaries (we split sentences ourselves), negation and sentiment,
 * about a quarter of its parse; none of them changes a token, a tag, a lemma or an entity (the
 * tagger and the entity recogniser read the tokens alone). See docs/decisions/013.
 */
const PIPE = ["pos", "ner"];

let nlp: ReturnType<typeof winkNLP> | undefined;
// Loading the model takes ~100 ms: done once, on first use.
const engine = () => (nlp ??= winkNLP(model, PIPE));

/** Tokens and entities of `text`, with offsets into `text`. Linear in its length. */
export function annotate(text: string): Annotated {
  const n = engine();
  const its = n.its;
  // wink's tokeniser is quadratic in the length of one token: a run of 50,000 hyphens took 11 s.
  // Runs that long are never words, so they are blanked (same length: offsets still hold).
  const doc = n.readDoc(text.replace(LONG_RUN, (m) => " ".repeat(m.length)));
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const tokens: NlpToken[] = [];
  const at: number[] = []; // wink token index -> our token index (-1 when not found in the text)
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    // wink keeps each token's text as written, so it is found just after the previous one; a
    // token it normalised is skipped rather than searched for across the article. (Looking at
    // the 41 places it may start, rather than slicing out that window, spares a string a token.)
    let k = -1;
    for (let at = cursor; at <= cursor + 40 && at + v.length <= text.length; at++)
      if (text.startsWith(v, at)) {
        k = at;
        break;
      }
    if (k < 0) {
      at.push(-1);
      continue;
    }
    at.push(tokens.length);
    tokens.push({ text: v, start: k, end: k + v.length, pos: tags[i]! });
    cursor = k + v.length;
  }
  const entities: NlpEntity[] = [];
  doc.entities().each((e: { out: (f?: unknown) => unknown }) => {
    const [a, b] = e.out(its.span) as unknown as [number, number];
    const first = at[a]!;
    const last = at[b]!;
    if (first === undefined || last === undefined || first < 0 || last < 0) return;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    entities.push({ kind: e.out(its.type) as EntityKind, text: text.slice(start, end), start, end, first, last });
  });
  return { tokens, entities };
}

/** The tokens and entities inside [start, end), with offsets made relative to `start`. */
export function slice(a: Annotated, start: number, end: number): Annotated {
  const lo = lowerBound(a.tokens, start);
  const hi = lowerBound(a.tokens, end);
  // (Each field written out, in the order a spread of the token gives them: a spread copy is slower.)
  const tokens = a.tokens.slice(lo, hi).map((t) => ({ text: t.text, start: t.start - start, end: t.end - start, pos: t.pos }));
  const entities = a.entities
    .slice(lowerBound(a.entities, start), lowerBound(a.entities, end))
    .filter((e) => e.end <= end)
    .map((e) => ({ kind: e.kind, text: e.text, start: e.start - start, end: e.end - start, first: e.first - lo, last: e.last - lo }));
  return { tokens, entities };
}

function lowerBound(xs: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const verbLemmas = new Map<string, string>();

/**
 * The base form of a verb as written ("killed" -> "kill", "took" -> "take", "carries" -> "carry"),
 * from wink's lemmatiser. A word alone may read as a noun or an adjective, so it is read after
 * "they". Remembered per word: direct questions ask it of a few verbs per article.
 */
export function verbLemma(word: string): string {
  const w = word.toLowerCase();
  let lemma = verbLemmas.get(w);
  if (lemma === undefined) {
    const n = engine();
    const doc = n.readDoc(`they ${w}`);
    lemma = (doc.tokens().out(n.its.lemma as unknown as typeof n.its.value) as string[])[1] ?? w;
    if (verbLemmas.size > 10_000) verbLemmas.clear();
    verbLemmas.set(w, lemma);
  }
  return lemma;
}

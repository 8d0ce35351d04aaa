// The domain library's front door: article text -> facts -> drafts (one per fact, best first,
// each with its other forms as variants); and grading.
import { cleanArticle, splitSentences } from "./article";
import { buildQuestions } from "./build";
import { extractFacts, type Fact } from "./facts";
import { annotate } from "./nlp";
import { DEFAULT_DRAFTS, articleShape, mostImportant, rankDrafts, type Draft } from "./rank";
import type { Question } from "./schema";
import { startRun } from "./run-cache";

export interface GenerateOptions {
  title?: string;
  publishedAt?: Date;
  /** Most drafts to return (default 20); a teacher asking for more passes a higher one. */
  limit?: number;
}

/** Above this many facts only the first ones are turned into questions, keeping huge inputs bounded. */
const MAX_FACTS = 4000;
/**
 * Only the first sentences up to this many characters are read for facts: a long feature is
 * 60,000 characters, and a 5 MB paste (a whole site, a data dump) would otherwise hold up a server
 * worker for tens of seconds for drafts nobody reads past the first twenty.
 */
export const MAX_ARTICLE_CHARS = 400_000;
/** Facts given questions per draft wanted: enough that weak forms and rejected questions still leave a full list. */
const FACTS_PER_DRAFT = 3;

export interface GenerateResult {
  /** The cleaned article text that fact and source offsets point into. */
  cleanText: string;
  /** The headline, if the text began with one or the caller gave one. */
  title?: string;
  facts: Fact[];
  /** Best first: one per fact, its main form in `question`, its other forms in `variants`. */
  drafts: Draft[];
  /** Each draft's main question, in the same order; each valid under questionSchema. */
  questions: Question[];
  /**
   * Whether a higher `limit` could give drafts beyond these: false when fewer than `limit` came
   * out of every fact the article has, so "draft more" would find nothing new.
   */
  more: boolean;
}

export function generateQuestions(text: string, options: GenerateOptions = {}): GenerateResult {
  // The caches of work on the last article's facts and questions are dropped (see ./run-cache).
  startRun();
  const article = cleanArticle(text, { title: options.title });
  const sentences = splitSentences(article.text).filter((s) => s.end <= MAX_ARTICLE_CHARS);
  const read = article.text.slice(0, sentences[sentences.length - 1]?.end ?? 0);
  // A date stamp on the page stands in for the publication date when the caller has none.
  const publishedAt = options.publishedAt ?? article.date;
  const facts = extractFacts(sentences, { ...(publishedAt ? { publishedAt } : {}), annotated: annotate(read) });
  const limit = options.limit ?? DEFAULT_DRAFTS;
  const bounded = facts.slice(0, MAX_FACTS);
  // Questions are built only for the facts that can reach the first drafts: building every form of
  // every fact was most of the time on long articles, for drafts nobody would see.
  const asked = mostImportant(bounded, articleShape(bounded, article.title), limit * FACTS_PER_DRAFT);
  const candidates = buildQuestions(asked, { articleFacts: bounded, ...(publishedAt ? { date: publishedAt } : {}) });
  const drafts = rankDrafts(candidates, { limit, facts: bounded, ...(article.title ? { title: article.title } : {}) });
  const more = drafts.length >= limit || asked.length < bounded.length;
  return { cleanText: article.text, ...(article.title ? { title: article.title } : {}), facts, drafts, questions: drafts.map((d) => d.question), more };
}

export { gradeResponse, normaliseAnswer } from "./grade";
export { cleanArticle, splitSentences } from "./article";
export { extractFacts } from "./facts";
export { answerIdentity, type IdentityFields } from "./rank";
export { ELIDED_MARK } from "./rank/mask";
export type { Fact } from "./facts";
export type { Draft } from "./rank";
export * from "./schema";

export { extractFacts, opensWithPronoun, MAX_SENTENCE_CHARS, type ExtractOptions } from "./extract";
export { addIsoDate, dateFacts } from "./dates";
export { numberFacts } from "./numbers";
export { entityFacts, phraseFacts } from "./entity-facts";
export type { Fact } from "./types";
export type { RawFact } from "./raw";

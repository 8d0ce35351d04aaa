export { findEntities, isPluralTitle, type Entity, type EntityType, type KnownNames, type Span } from "./find";
export { findDocumentEntities, sentenceSubjects } from "./document";
export { tokenize, type Token } from "./tokens";

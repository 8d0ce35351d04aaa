export { findEntities, type Entity, type EntityType, type KnownNames, type Span } from "./find";
export { tokenize, type Token } from "./tokens";

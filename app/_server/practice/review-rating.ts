// The old name of practice-rating.ts, kept only for modules on branches that were open when the
// learner's queue was renamed "practice". Import practice-rating.ts; delete this file once nothing
// imports it (decision 029).
export * from "./practice-rating";

// The old name of practice-queue.ts, kept only for modules on branches that were open when the
// learner's queue was renamed "practice" (live games, the score history, the scale bench). Import
// practice-queue.ts; delete this file once nothing imports it (decision 029).
export * from "./practice-queue";
export { getPracticeSummary as getReviewSummary } from "./practice-queue";

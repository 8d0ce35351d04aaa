import { describe, expect, it } from "vitest";
import { readDraftView, draftViewQuery } from "@/app/_server/articles/draft-review-view";

describe("the review page's filters and page, from the query string", () => {
  it.each([
    [{}, { type: "all", status: "all", page: 1 }],
    [{ type: "true_false", status: "draft", page: "3" }, { type: "true_false", status: "draft", page: 3 }],
    // Hand-typed nonsense falls back to the default instead of failing.
    [{ type: "<script>", status: "nope", page: "abc" }, { type: "all", status: "all", page: 1 }],
    [{ page: "0" }, { type: "all", status: "all", page: 1 }],
    [{ page: "2.5" }, { type: "all", status: "all", page: 1 }],
    [{ status: ["approved", "draft"], page: ["2", "9"] }, { type: "all", status: "approved", page: 2 }],
  ])("%j reads as %j", (params, view) => {
    expect(readDraftView(params)).toEqual(view);
  });

  it.each([
    [{ type: "all", status: "all", page: 1 }, ""],
    [{ type: "cloze", status: "all", page: 1 }, "?type=cloze"],
    [{ type: "all", status: "draft", page: 4 }, "?status=draft&page=4"],
  ] as const)("%j is written as %j", (view, query) => {
    expect(draftViewQuery(view)).toBe(query);
  });
});

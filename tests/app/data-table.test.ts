// DataTable's rows: padded and divided by the stylesheet, not by classes on every row and cell.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { readFileSync } from "node:fs";
import { DataTable } from "@/app/_components/ui";

const table = (rows?: "compact" | "roomy") =>
  // The row goes as createElement's children argument; its props type wants them among the props.
  renderToStaticMarkup(createElement(DataTable, { columns: [{ label: "Learner" }], rows } as Parameters<typeof DataTable>[0], createElement("tr", null, createElement("td", null, "Ana"))));

describe("DataTable", () => {
  it.each([
    ["compact", '<tbody class="table-rows compact"><tr><td>Ana</td></tr></tbody>'],
    ["roomy", '<tbody class="table-rows roomy"><tr><td>Ana</td></tr></tbody>'],
  ] as const)("marks a %s table's body for the stylesheet", (rows, body) => {
    expect(table(rows)).toContain(body);
  });

  it("leaves the body alone when the rows style themselves", () => {
    expect(table()).toContain("<tbody><tr><td>Ana</td></tr></tbody>");
  });

  it("has a rule in the stylesheet for each kind of rows", () => {
    const css = readFileSync("app/globals.css", "utf8");
    for (const rule of [".table-rows > tr", ".table-rows.compact > tr > td", ".table-rows.roomy > tr > td"]) expect(css).toContain(rule);
  });
});

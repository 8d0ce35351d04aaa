/** Where a bank question without an article came from, as the bank says it beside the question. */
export function originText(origin: string | null): string {
  switch (origin) {
    case "gift":
      return "imported from GIFT";
    case "json":
      return "imported from JSON";
    case "written":
      return "written by hand";
    default:
      // Saved before the bank kept where questions came from: written or imported, it cannot tell.
      return "not from an article";
  }
}

// Markup written as a string, for the few large repeated parts a page sends through
// `dangerouslySetInnerHTML` (decision 030, "Rendering"). React escapes text for us; here we must.

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe for an HTML or SVG element's content or a quoted attribute value. */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

// What GIFT comment lines and category blocks carry: `// [id:x] [tag:y]` (Moodle 4.x reads these;
// only `\]` is an escape inside them) and `$CATEGORY: $course$/top/news/asia` paths, kept as
// nested tags (decision 027).

/** The `[tag:name]` marks and the first `[id:x]` of a comment line, in one pass. */
export function readComment(line: string): { tags: string[]; idNumber: string | undefined } {
  const tags: string[] = [];
  let idNumber: string | undefined;
  let at = line.indexOf("[");
  while (at >= 0) {
    const kind = line.startsWith("[tag:", at) ? "tag" : line.startsWith("[id:", at) ? "id" : undefined;
    if (!kind) {
      at = line.indexOf("[", at + 1);
      continue;
    }
    const start = at + kind.length + 2;
    const end = closingBracket(line, start);
    // Once a mark is left open, no later one on the line can close either (and the scan stays linear).
    if (end < 0) break;
    const value = line.slice(start, end).replace(/\\\]/g, "]").trim();
    if (value && kind === "tag") tags.push(value);
    if (value && kind === "id") idNumber ??= value;
    at = line.indexOf("[", end + 1);
  }
  return { tags, idNumber };
}

/** The next "]" not written as "\]", or -1. */
function closingBracket(line: string, from: number): number {
  for (let i = from; i < line.length; i++) {
    if (line[i] === "\\" && line[i + 1] === "]") i++;
    else if (line[i] === "]") return i;
  }
  return -1;
}

/** A tag as a comment mark: only "]" needs its backslash (Moodle keeps every other one as written). */
export function commentMark(kind: "tag" | "id", value: string): string {
  return `[${kind}:${value.replace(/\]/g, "\\]")}]`;
}

/** Moodle's context prefixes and the root category, which say where a bank lives, not what it holds. */
const CONTEXT = /^\$(course|system|module|coursecategory|cat)\$$/;

/** Category segments; Moodle writes a "/" inside a category's name as "//". Kept as written. */
function segments(path: string): string[] {
  return path.split(/(?<!\/)\/(?!\/)/).map((s) => s.trim());
}

export const TAG_MAX = 60;

/**
 * `$course$/top/Default for History/news/asia` -> `news/asia`: the path below the course's
 * default category, as one tag whose "/" marks nesting. Too long a path keeps its deepest parts.
 */
export function categoryTag(raw: string): string | undefined {
  const parts = segments(raw.trim()).filter(Boolean);
  if (parts[0] && CONTEXT.test(parts[0])) parts.shift();
  if (parts[0] === "top") parts.shift();
  if (parts[0] && /^Default for\b/.test(parts[0])) parts.shift();
  while (parts.length && parts.join("/").length > TAG_MAX) parts.shift();
  return parts.join("/") || undefined;
}

/** A tag that names a category path (it has a "/" that is not Moodle's "//"). */
export function isCategoryTag(tag: string): boolean {
  return segments(tag).length > 1 && segments(tag).every(Boolean);
}

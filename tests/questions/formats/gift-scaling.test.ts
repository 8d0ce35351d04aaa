// parseGift's cost grows in proportion to the file: a 2 MB file of comment lines took 13 s when
// splitting blocks searched the list of blocks for each tag comment (issue 12). Asserted on
// relative scaling, not on a time bar: one 2 MB file must cost about what eight files of 0.25 MB
// cost together (linear), not several times as much (quadratic: the tag comments took 3.3 times
// as long). Measured in this process's CPU time, which other processes on a busy machine do not
// inflate as they do the clock; both sides do the same work, take turns and keep their best round.
// Speed figures: `npm run bench`.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseGift } from "@/questions/formats/gift";

const MB = 1024 * 1024;

/** `unit` repeated (numbered by `i`) until the text is `bytes` long. */
function repeatTo(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    size += part.length;
  }
  return parts.join("").slice(0, bytes);
}

/** The shapes that were slow: each would have taken seconds to minutes at 2 MB. */
const SHAPES: Record<string, (bytes: number) => string> = {
  // Each comment opens a block of its own: the list of blocks was searched once per comment.
  "tag comments between blank lines": (bytes) => repeatTo(bytes, (i) => `// [tag:t${i % 50}]\n\n`),
  // One comment line of tags that never close: a regular expression retried at every "[tag:".
  "one line of unclosed tags": (bytes) => "// " + repeatTo(bytes - 3, () => "[tag:x"),
  "comment lines without tags": (bytes) => repeatTo(bytes, (i) => `// a comment ${i}\n`),
  "questions with tag comments": (bytes) => repeatTo(bytes, (i) => `// [tag:t${i % 7}]\nQuestion ${i}? {=yes ~no}\n\n`),
};

/** The best of `rounds` rounds of parsing one large file, and of parsing eight files an eighth its size (CPU ms). */
function timeLargeAgainstParts(large: string, parts: readonly string[], rounds = 3): { large: number; parts: number } {
  const timed = (texts: readonly string[]) => {
    const started = process.cpuUsage();
    for (const text of texts) parseGift(text);
    const used = process.cpuUsage(started);
    return (used.user + used.system) / 1000;
  };
  timed(parts); // warm up the JIT
  const best = { large: Infinity, parts: Infinity };
  for (let r = 0; r < rounds; r++) {
    best.parts = Math.min(best.parts, timed(parts));
    best.large = Math.min(best.large, timed([large]));
  }
  return best;
}

describe("parseGift on large files", () => {
  it.each(Object.keys(SHAPES))("costs in proportion to the file: %s", (shape) => {
    const make = SHAPES[shape]!;
    const large = make(2 * MB);
    expect(large.length).toBe(2 * MB);
    const parts = Array.from({ length: 8 }, () => make(MB / 4));
    const best = timeLargeAgainstParts(large, parts);
    const ratio = best.large / best.parts;
    // Linear: about 1; quadratic: about 8 (one 2 MB file against eight of a quarter MB). The margin
    // is for a busy machine, where runs of a few milliseconds vary by 2x (a CI run saw 14 ms against 6).
    expect(ratio, `2 MB took ${ratio.toFixed(2)}x as long as 8 x 0.25 MB (${best.large.toFixed(0)} ms, ${best.parts.toFixed(0)} ms)`).toBeLessThan(4);
  }, 60_000);

  it("reads the 2 MB file of tag comments as it did: no questions, no errors", () => {
    expect(parseGift(SHAPES["tag comments between blank lines"]!(2 * MB))).toEqual({ questions: [], errors: [] });
    const { questions, errors } = parseGift(SHAPES["questions with tag comments"]!(MB / 8));
    expect(errors).toEqual([]);
    expect(questions[3]).toMatchObject({ prompt: "Question 3?", tags: ["t3"] });
  }, 30_000);

  it("reads tag comments as Moodle's rule, written as a regular expression", () => {
    // The rule written as a regular expression, quadratic on long lines but clear. As in Moodle,
    // only "\]" is an escape; any other backslash is part of the tag.
    const reference = (line: string) =>
      [...line.matchAll(/\[tag:((?:\\\]|[^\]\\]|\\(?!\]))+)\]/g)].map((m) => m[1]!.replace(/\\\]/g, "]").trim()).filter(Boolean);
    const pieces = fc.constantFrom("[tag:", "]", "\\", "\\]", "a", "b", " ", "[", ":", "tag");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const line = `// ${parts.join("")}`;
        const expected = [...new Set(reference(line))];
        const { questions } = parseGift(`${line}\nQ? {T}`);
        expect(questions[0]?.tags ?? []).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

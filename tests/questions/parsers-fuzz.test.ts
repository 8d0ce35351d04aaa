// Every parser of outside input, fed arbitrary and near-valid input by fast-check: none may throw,
// and whatever they accept must be valid. Bad input gets an error value, never an exception (which
// would be a 500 in the app) and never a half-valid question.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseGift } from "@/questions/formats/gift/parse";
import { exportGift } from "@/questions/formats/gift/export";
import { parseFeed } from "@/questions/formats/feed";
import { extractArticleFromHtml } from "@/questions/formats/html-article";
import { cleanArticle } from "@/questions/article/clean";
import { splitSentences } from "@/questions/article/sentences";
import { gradeResponse } from "@/questions/grade";
import { questionSchema, responseSchema, QUESTION_TYPES } from "@/questions/schema";
import { readResponse } from "@/app/_server/attempts/form-responses";
import { formValuesToQuestion } from "@/app/_server/bank/question-form";

const RUNS = { numRuns: 300 };

/** Text made of a format's own tokens, so the fuzzer reaches deep into the parser, not just its first check. */
const tokens = (pieces: string[]) => fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }).map((parts) => parts.join(""));

const giftish = tokens(["::", "{", "}", "=", "~", "#", "->", "%50%", "%-25%", "\\", "\n", "\n\n", "TRUE", "F", ":", "..", "1:2", "$CATEGORY: ", "// ", "[html]", "Who?", " "]);
const xmlish = tokens(["<rss>", "</rss>", "<channel>", "</channel>", "<item>", "</item>", "<title>", "</title>", "<link>", "</link>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">", "</feed>", "<entry>", "</entry>", "<link href=\"http://a.example/x\"/>", "<![CDATA[", "]]>", "&amp;", "&#x0;", "<!DOCTYPE x [<!ENTITY e \"e\">]>", "&e;", "<pubDate>Mon, 01 Jan 2024</pubDate>", "<?xml version=\"1.0\"?>"]);
const htmlish = tokens(["<html>", "<body>", "<article>", "</article>", "<p>", "</p>", "<h1>", "</h1>", "<script>", "</script>", "<style>", "<img src=x onerror=alert(1)>", "<iframe>", "<div>", "</div>", "<!--", "-->", "&nbsp;", "The minister said on Tuesday that ", ". ", "\n"]);

describe("parsers never throw and accept only valid questions", () => {
  it("GIFT: any text gives questions that validate, or line-numbered errors", () => {
    fc.assert(
      fc.property(fc.oneof(giftish, fc.string({ maxLength: 400 })), (text) => {
        const { questions, errors } = parseGift(text);
        for (const q of questions) expect(questionSchema.safeParse(q).success).toBe(true);
        for (const e of errors) expect(e.line).toBeGreaterThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it("GIFT: any question it can export comes back from import unchanged, special characters included", () => {
    // Prompts and answers drawn from GIFT's own control characters, so escaping is what is tested.
    const text = fc
      .array(fc.constantFrom("a", "b", "Z", "7", " ", "=", "~", "#", "{", "}", ":", "\\", "-", ">", "%", "é", "'"), { minLength: 1, maxLength: 16 })
      // Runs of spaces collapse in GIFT, as in Moodle: generate text that has none.
      .map((cs) => cs.join("").replace(/\s+/g, " ").trim())
      .filter((t) => t.length > 0);
    const question = fc.oneof(
      fc.record({ prompt: text, choices: fc.uniqueArray(text, { minLength: 2, maxLength: 4 }) }).map(({ prompt, choices }) => ({ type: "multiple_choice", prompt, choices, answer: choices[0], explanation: "" })),
      fc.record({ prompt: text, answer: fc.boolean() }).map((q) => ({ type: "true_false", ...q, explanation: "" })),
      fc.record({ prompt: text, answer: text }).map((q) => ({ type: "short_answer", ...q, explanation: "" })),
      fc.record({ prompt: text, answer: fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100) }).map((q) => ({ type: "numeric", ...q, explanation: "" })),
    );
    const valid = question.map((q) => questionSchema.safeParse(q)).filter((r) => r.success).map((r) => r.data!);
    fc.assert(
      fc.property(fc.array(valid, { minLength: 1, maxLength: 4 }), (questions) => {
        const exported = exportGift(questions);
        // What GIFT cannot say: "->" outside a matching question, or an answer that starts like a weight.
        for (const s of exported.skipped) expect(s.message).toMatch(/->|%n%/);
        const kept = questions.filter((_, i) => !exported.skipped.some((s) => s.index === i));
        const again = parseGift(exported.gift);
        expect(again.errors).toEqual(kept.length ? [] : [{ line: 1, message: "file is empty" }]);
        expect(again.questions.map(({ type, prompt, answer, choices }) => ({ type, prompt, answer, choices }))).toEqual(
          kept.map(({ type, prompt, answer, choices }) => ({ type, prompt, answer, choices })),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("feeds: any text is a feed or an error, with http(s) links only", () => {
    fc.assert(
      fc.property(fc.oneof(xmlish, fc.string({ maxLength: 400 })), (xml) => {
        const feed = parseFeed(xml, { baseUrl: "https://news.example/feed.xml" });
        if ("error" in feed) expect(typeof feed.error).toBe("string");
        else for (const item of feed.items) if (item.link) expect(item.link).toMatch(/^https?:\/\//);
      }),
      RUNS,
    );
  });

  it("HTML articles: any page is text or an error, never markup or script", () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string({ maxLength: 400 })), (html) => {
        const article = extractArticleFromHtml(html);
        if ("error" in article) expect(typeof article.error).toBe("string");
        else expect(article.text).not.toMatch(/<script|onerror=/i);
      }),
      { numRuns: 150 },
    );
  });

  it("article text: cleaning and sentence splitting keep offsets inside the text", () => {
    fc.assert(
      fc.property(fc.oneof(htmlish, fc.string({ maxLength: 600 }), fc.string({ unit: "grapheme", maxLength: 300 })), (raw) => {
        const { text } = cleanArticle(raw);
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(s.start, s.end)).toBe(s.text);
        }
      }),
      RUNS,
    );
  });

  it("form answers: any submitted fields read as a valid response or none", () => {
    const fields = fc.array(fc.tuple(fc.constantFrom("q-x", "q-x.0", "q-x.1", "q-x.0.left", "other"), fc.string({ maxLength: 30 })), { maxLength: 8 });
    fc.assert(
      fc.property(fc.constantFrom(...QUESTION_TYPES), fc.nat(4), fields, (type, partCount, entries) => {
        const form = new FormData();
        for (const [k, v] of entries) form.append(k, v);
        const response = readResponse(form, { id: "x", type, partCount });
        if (response !== undefined) expect(responseSchema.safeParse(response).success).toBe(true);
      }),
      RUNS,
    );
  });

  it("the question editor: any form values give a valid question or field errors", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("type", "prompt", "choices", "answer", "acceptedAnswers", "tolerance", "explanation", "tags", "pairs"), fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom(...QUESTION_TYPES), fc.constant("1\n2\n3"))), (values) => {
        const result = formValuesToQuestion(values);
        if ("question" in result) expect(questionSchema.safeParse(result.question).success).toBe(true);
        else expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("grading: any response to any imported question scores between 0 and 1", () => {
    const questions = parseGift(
      "::a:: Pick {=Seoul ~Tokyo ~Paris}\n\n::b:: True? {T}\n\n::c:: Rate {#25:2}\n\n::d:: Say {=yes =oui}\n\n::e:: Match {=a -> 1 =b -> 2 =c -> 3}\n\n::f:: Several {~%50%x ~%50%y ~%-100%z}",
    ).questions;
    expect(questions.length).toBe(6);
    fc.assert(
      fc.property(fc.constantFrom(...questions), responseArbitrary, (question, response) => {
        const { fraction } = gradeResponse(question, response);
        expect(fraction).toBeGreaterThanOrEqual(0);
        expect(fraction).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
  });
});

describe("cases the fuzzer found", () => {
  it("reads a page whose only <html is inside a comment instead of crashing", () => {
    expect(extractArticleFromHtml("<!--<html>")).toEqual({ error: "no article text found in the page" });
  });

  it('reports, rather than mangles, a choice that begins like a weight', () => {
    const q = questionSchema.parse({ type: "multiple_choice", prompt: "Rate?", choices: ["%7%a", "a"], answer: "a", explanation: "" });
    expect(exportGift([q]).skipped).toEqual([{ index: 0, message: 'an answer begins with "%n%", which GIFT reads as a weight' }]);
  });

  it('reports, rather than mangles, a short answer containing "->"', () => {
    const q = questionSchema.parse({ type: "short_answer", prompt: "Which arrow?", answer: "->", explanation: "" });
    expect(exportGift([q])).toEqual({ gift: "", notices: [], skipped: [{ index: 0, message: 'an answer contains "->", which GIFT reads as a matching pair' }] });
  });
});

const responseArbitrary = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 5 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 })),
);

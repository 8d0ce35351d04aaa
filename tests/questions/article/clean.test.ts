import { describe, expect, it } from "vitest";
import { cleanArticle, normaliseText, repairDropCap } from "@/questions/article";

describe("repairDropCap", () => {
  it.each([
    ["outh Korean President Kim arrived.", "South Korean President Kim arrived."],
    ["orth of the river, floods rose.", "North of the river, floods rose."],
    ["ellington council met.", "Wellington council met."],
    ["officials said so.", "officials said so."], // already a word: "Officials" is known but "officials" is lowercase text
    ["The council met.", "The council met."],
    ["xqz is not fixable.", "xqz is not fixable."],
  ])("%s", (input, expected) => {
    expect(repairDropCap(input)).toBe(expected);
  });
});

describe("normaliseText", () => {
  it.each([
    ["\u201CHello\u201D", '"Hello"'],
    ["it\u2019s", "it's"],
    ["a\u00A0b", "a b"],
    ["a  \t b", "a b"],
    ["line\r\nnext", "line\nnext"],
  ])("%j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe("cleanArticle", () => {
  const cases: [string, { title?: string; text: string }][] = [
    [
      "Can't find what you're looking for?\nView all search resultsCouncil backs plan.\nThe mayor said the council backs the plan. Council backs plan.\n",
      { text: "The mayor said the council backs the plan. Council backs plan." },
    ],
    [
      "Storm hits coast\nadvertisement\nA storm hit the coast on Monday.\nShare this article with your friends\nThank you for sharing your thoughts. We appreciate your feedback.",
      { title: "Storm hits coast", text: "A storm hit the coast on Monday." },
    ],
    ["Title here\nA line.\nA line.\nAnother line.", { title: "Title here", text: "A line.\nAnother line." }],
    ["LONDON (Reuters) - Prices rose 2 percent.", { text: "Prices rose 2 percent." }],
    ["Retailer deal\nAcme Corp. (ACME.O: Quote, Profile, Research) will buy a rival.", { title: "Retailer deal", text: "Acme Corp. will buy a rival." }],
    ["Headline\nouth African miners went on strike.", { title: "Headline", text: "South African miners went on strike." }],
  ];
  it.each(cases)("%j", (input, expected) => {
    const c = cleanArticle(input);
    expect(c.text).toBe(expected.text);
    expect(c.title).toBe(expected.title);
  });

  it("uses the caller's title when given", () => {
    expect(cleanArticle("Body sentence one.", { title: "Given" }).title).toBe("Given");
  });
});

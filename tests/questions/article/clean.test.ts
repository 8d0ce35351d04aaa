import { describe, expect, it } from "vitest";
import { cleanArticle, isDateStampLine, isFurnitureLine, normaliseText, repairDropCap } from "@/questions/article";

describe("repairDropCap", () => {
  it.each([
    ["outh Korean President Kim arrived.", "South Korean President Kim arrived."],
    ["orth of the river, floods rose.", "North of the river, floods rose."],
    ["ellington council met.", "Wellington council met."],
    ["uring the storm, roads closed.", "During the storm, roads closed."],
    ["armers in the valley lost crops.", "Farmers in the valley lost crops."],
    ["ew Zealand voters went to the polls.", "New Zealand voters went to the polls."],
    ["S outh African miners struck.", "South African miners struck."],
    ["D uring the night, rain fell.", "During the night, rain fell."],
    ["A lot of rain fell.", "A lot of rain fell."],
    ["officials said so.", "officials said so."], // a real word: nothing was lost
    ["he minister resigned.", "he minister resigned."], // "The" or "She": ambiguous, left alone
    ["The council met.", "The council met."],
    ["xqz is not fixable.", "xqz is not fixable."],
    ["iPhone sales rose.", "iPhone sales rose."],
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
    ["AT&amp;T said &quot;no&quot;", 'AT&T said "no"'],
    ["caf&#233; &#x2014; bar", "café — bar"],
    ["co\u00ADoperate", "cooperate"],
    ["``quoted''", '"quoted"'],
    ["well\u2011known", "well-known"],
    ["end   \nnext", "end\nnext"],
  ])("%j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });
});

describe("isDateStampLine", () => {
  it.each([
    ["Published: 23 Aug 2025 10:15 AM", true],
    ["Updated Aug. 23, 2025 | 6:00 a.m. ET", true],
    ["Wednesday November 17, 2004", true],
    ["2 hours ago", true],
    ["Last updated on 5 March 2024", true],
    ["Updated figures show 20 people died.", false],
    ["The vote is on March 3.", false],
  ])("%s", (input, expected) => {
    expect(isDateStampLine(input)).toBe(expected);
  });
});

describe("isFurnitureLine", () => {
  it.each([
    ["By Jane Doe", true],
    ["By Jane Doe and Omar Said, Reuters", true],
    ["By JANE DOE | Staff reporter", true],
    ["By Monday, the river had burst its banks.", false],
    ["Home | World | Asia-Pacific", true],
    ["Share Tweet Email Print", true],
    ["Facebook Twitter WhatsApp Copy link", true],
    ["Rescuers search the rubble in the old town. Kim Lee/Reuters", true],
    ["Farmers gather near the dam on Monday. (AP Photo/Ana Diaz)", true],
    ["The minister told Reuters the plan would go ahead.", false],
  ])("%s", (input, expected) => {
    expect(isFurnitureLine(input)).toBe(expected);
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
    ["Retailer deal\nAcme Inc (NYSE: ACM) and Bolt Ltd (BLT.L) agreed terms.", { title: "Retailer deal", text: "Acme Inc and Bolt Ltd agreed terms." }],
    ["Headline\nouth African miners went on strike.", { title: "Headline", text: "South African miners went on strike." }],
    // The drop capital is lost on the body's first paragraph, after a standfirst.
    [
      "Dam plan approved\nA new dam will change the valley for good.\nuring a long meeting on Monday, the council approved the dam.",
      { title: "Dam plan approved", text: "A new dam will change the valley for good.\nDuring a long meeting on Monday, the council approved the dam." },
    ],
    [
      "Dam plan approved\nS\nouth Korean engineers will build it.",
      { title: "Dam plan approved", text: "South Korean engineers will build it." },
    ],
    // Section label, headline, byline, date stamp, photo caption and blurbs all go; the headline stays.
    [
      "World\nDam plan approved in valley vote\nBy Jane Doe\nPublished: 3 March 2025 10:15 AM\nThe council approved the dam on Monday.\nFarmers gather by the river. Photo: Ana Diaz/AFP\nSign up for our daily newsletter.\nWe use cookies to improve your experience.\nAlready a subscriber? Log in to continue reading.\nWas this article helpful?\nRelated: Floods hit the valley again\nRead more: Why dams matter\nAdvertisement\nWork will start in May, officials said.",
      { title: "Dam plan approved in valley vote", text: "The council approved the dam on Monday.\nWork will start in May, officials said." },
    ],
    // A repeated headline, also with the site's name after it.
    [
      "Dam plan approved\nThe council approved the dam on Monday.\nDam plan approved - Valley Times\nDAM PLAN APPROVED.\nWork starts in May.",
      { title: "Dam plan approved", text: "The council approved the dam on Monday.\nWork starts in May." },
    ],
    ["Dam plan approved | Valley Times\nThe council approved the dam.", { title: "Dam plan approved", text: "The council approved the dam." }],
    // "Advertisement" only goes when it stands alone; as a word in a sentence it stays.
    [
      "Ad rules\nAdvertisement The council met. Advertisement\nAdvertisement spending rose 4 percent.",
      { title: "Ad rules", text: "The council met.\nAdvertisement spending rose 4 percent." },
    ],
    ["Ad rules\nThe council met.(Additional reporting by Ana Diaz)", { title: "Ad rules", text: "The council met." }],
    // Body sentences that merely start like furniture are kept.
    [
      "Rescue goes on\nSearch for survivors continued on Monday.\nUpdated figures show 20 people died.\nPaid leave was offered to staff.",
      { title: "Rescue goes on", text: "Search for survivors continued on Monday.\nUpdated figures show 20 people died.\nPaid leave was offered to staff." },
    ],
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

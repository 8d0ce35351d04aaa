import { describe, expect, it } from "vitest";
import { cleanArticle, isDateStampLine, isFurnitureLine, normaliseText, repairDropCap, splitSentences } from "@/questions/article";

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
    ["December 21, 2023 11:19 am | Updated 01:10 pm IST - LAGOS", true],
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
    // A caption of two sentences, past forty words, whose credit names itself.
    [
      "Fans wave flags outside the city stadium in Velden as the new mayor, Sanna Holt, arrives for her first council meeting since the vote. Ms Holt, as she is known to most of the town, won the race with a clear majority of the ballots cast. VT PHOTO: OMAR LIND",
      true,
    ],
    // As long, ending with a slash and a name: prose can ("… on the road to Velden/Kelso").
    [
      "Fans wave flags outside the city stadium in Velden as the new mayor arrives for her first council meeting since the vote, and as she takes her seat the crowd cheers and sings for a long time on the road to Velden/Kelso",
      false,
    ],
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

// Furniture inside a line rather than a whole line of it. Each input follows a headline line, so
// the first body line is not taken for the title.
describe("cleanArticle: furniture inside lines", () => {
  const body = (s: string) => cleanArticle(`Quake hits valley\n${s}`).text;
  const cases: [string, string, string][] = [
    ["date stamp fused to the lead", "date 2020-06-28 The quake struck at dawn.", "The quake struck at dawn."],
    ["date stamp with a time", "date: 2021-01-05T09:30:00Z The river rose overnight.", "The river rose overnight."],
    ["bullets", "• The reservoir will flood three villages.\n▪ About 1,200 people will move.\n► Work starts in May.\n- Costs will rise.\n* Farmers object.\n· Rents will fall.", "The reservoir will flood three villages.\nAbout 1,200 people will move.\nWork starts in May.\nCosts will rise.\nFarmers object.\nRents will fall."],
    ["bullets inside a line", "Prices rose 5 percent. • Wages stayed flat. • Rents doubled.", "Prices rose 5 percent.\nWages stayed flat.\nRents doubled."],
    ["MENAFN tag", "(MENAFN) The central bank held its rate at 4 percent.", "The central bank held its rate at 4 percent."],
    ["MENAFN tag with a source", "(MENAFN- Valley Post) The central bank held its rate at 4 percent.", "The central bank held its rate at 4 percent."],
    ["city, country and agency", "LAGOS, Nigeria (Reuters) - The port reopened on Tuesday.", "The port reopened on Tuesday."],
    ["AP dateline with two hyphens", "WASHINGTON (AP) -- The Senate passed the bill.", "The Senate passed the bill."],
    ["two-word city", "NEW YORK (Reuters) - Oil prices fell 2 percent.", "Oil prices fell 2 percent."],
    ["two cities, mixed case", "Lima/Quito (dpa) - The two countries signed a border deal.", "The two countries signed a border deal."],
    ["comma before the agency", "ACCRA, (Reuters) – Cocoa farmers went on strike.", "Cocoa farmers went on strike."],
    ["agency alone", "(Reuters) - The Senate passed the bill.", "The Senate passed the bill."],
    ["city, date and agency", "NAIROBI, March 3 (Xinhua) -- Kenya opened a new railway line.", "Kenya opened a new railway line."],
    ["agency without a dash", "New Delhi, May 4 (PTI) The cabinet approved the plan.", "The cabinet approved the plan."],
    ["city and colon", "ISLAMABAD, July 3: The assembly met for the first time.", "The assembly met for the first time."],
    ["byline fused to the dateline", "By Jane Doe WASHINGTON (AP) — The Senate passed the bill.", "The Senate passed the bill."],
    ["byline and desk lines", "By Jane Doe\nStaff reporter\nThe Senate passed the bill.", "The Senate passed the bill."],
    ["caption with an agency credit", "Rescuers search the rubble in the old town. REUTERS/Kim Lee\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["photo credit line", "Photo: Ana Diaz/AFP\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["caption line naming a photo", "File photo of the old town hall after the 1998 quake\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["READ MORE after a sentence", "The quake struck at dawn. READ MORE: Why quakes strike here", "The quake struck at dawn."],
    ["Read more line", "Read more: Why quakes strike here\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["Also read line", "ALSO READ | Quake relief fund opens\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["a cross-reference in brackets", "The fund (see Quake relief fund opens) has raised $2 million.", "The fund has raised $2 million."],
    ["subscribe sentence", "The quake struck at dawn. Subscribe to our newsletter for daily updates.", "The quake struck at dawn."],
    ["sign up sentence", "The quake struck at dawn. Sign up for our morning newsletter.", "The quake struck at dawn."],
    ["click here line", "Click here to donate to the relief fund.\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["click here inside a sentence", "The quake struck at dawn. To see the full map, click here.", "The quake struck at dawn."],
    ["follow us", "The quake struck at dawn. Follow us on Twitter for live updates.", "The quake struck at dawn."],
    ["copyright line", "The quake struck at dawn.\n© 2024 Valley Post. All rights reserved.", "The quake struck at dawn."],
    ["copyright word line", "Copyright 2024 Valley Post\nThe quake struck at dawn.", "The quake struck at dawn."],
    ["URL sentence", "The quake struck at dawn. Details are posted at www.example.org/quake.", "The quake struck at dawn."],
    ["URL in brackets", "The agency (https://example.org/quake) said the quake struck at dawn.", "The agency said the quake struck at dawn."],
    ["search widget glued to a sentence", "Can't find what you're looking for? View all search resultsThe quake struck at dawn.", "The quake struck at dawn."],
    ["stock ticker", "Shares of Delta Mining (DLTM.O: Quote, Profile, Research) fell 3 percent.", "Shares of Delta Mining fell 3 percent."],
    ["heading glued to a sentence", "Key resultsDespite the rain, turnout reached 71 percent.", "Despite the rain, turnout reached 71 percent."],
    ["no space after a full stop", "The polls closed at dusk.The count began at once.", "The polls closed at dusk. The count began at once."],
    ["a sentence broken over two lines", "A panel of three judges announced the verdict\nafter a hearing that lasted six hours.", "A panel of three judges announced the verdict after a hearing that lasted six hours."],
    ["pull quote", '"We will rebuild every home that was lost"\nThe mayor spoke on Monday. "We will rebuild every home that was lost," she said.', 'The mayor spoke on Monday. "We will rebuild every home that was lost," she said.'],
    [
      "headlines of other stories after a Related heading",
      "The quake struck at dawn.\nRelated stories\nQuake relief fund opens for donations from abroad as aid arrives slowly in the valley\nRescue teams from three countries join the search for survivors in collapsed buildings",
      "The quake struck at dawn.",
    ],
    [
      "teasers of other stories after a Most read heading",
      "The quake struck at dawn.\nMost read\n1\nFloods hit the valley again\nThe river burst its banks on Monday, forcing 2,000 people out.\n2 hours ago\nBank holds rates\nThe central bank kept its main rate at 3.5 percent.",
      "The quake struck at dawn.",
    ],
    [
      "the story going on after a Related box",
      "The quake struck at dawn.\nRelated stories\nFloods hit the valley again\nThe port is the largest in the region, officials said.\nIt reopened after repairs.",
      "The quake struck at dawn.\nThe port is the largest in the region, officials said.\nIt reopened after repairs.",
    ],
    ["pagination", "The quake struck at dawn.\n1 | 2 | 3 | Next >>", "The quake struck at dawn."],
    ["city and country in ordinary case", "Lagos, Nigeria — The port reopened on Tuesday.", "The port reopened on Tuesday."],
    ["listed city and colon", "New Delhi: The cabinet approved the plan.", "The cabinet approved the plan."],
    ["agency credit in brackets", "The port reopened. (With inputs from PTI)", "The port reopened."],
    ["contributor line", "The port reopened.\nAssociated Press writer Jane Doe in Accra contributed to this report.", "The port reopened."],
    ["image source and caption labels", "Image source, Getty Images\nImage caption, Rescuers at work near the port\nThe port reopened.", "The port reopened."],
    ["wire feed notice", "The port reopened.\nThis story has been published from a wire agency feed without changes to the text.", "The port reopened."],
    ["byline, editor and date row", "Written by Jane Doe | Edited by John Roe | Updated: Dec 21, 2023\nThe port reopened.", "The port reopened."],
    ["representational image label", "Representational image of a cargo ship\nThe port reopened.", "The port reopened."],
    ["live-page time stamp", "14:32 GMT The minister arrived at the port.\n15:05 - Talks began an hour later.", "The minister arrived at the port.\nTalks began an hour later."],
    // The post's text goes with its signature: it may be about another event.
    ["embedded post signature", "The minister arrived at the port.\nThe port reopens tomorrow after repairs.\n— Jane Doe (@janedoe) March 3, 2025\nTalks began an hour later.", "The minister arrived at the port.\nTalks began an hour later."],
    ["app and channel prompts", "The port reopened. Download the Valley Post app for alerts.\nJoin our WhatsApp channel for updates", "The port reopened."],
    ["comment policy", "Comments are moderated and will appear after review.\nThe quake struck at dawn.", "The quake struck at dawn."],
  ];
  it.each(cases)("%s", (_, input, expected) => {
    expect(body(input)).toBe(expected);
  });

  // Sentences that only look like furniture stay.
  it.each([
    "Copyright laws were changed in 2019 after a long debate.",
    "Topics discussed included trade and security.",
    "LinkedIn said it would hire 200 engineers in the city.",
    "WhatsApp and PlayStation sales rose in the quarter.",
    "Pupils in the scheme read more books than ever, the report said.",
    "Photos circulating online showed flooded streets.",
    "Sign-ups for the scheme closed on Friday.",
    "Share prices fell 3 percent on Monday.",
    "By Monday, the river had burst its banks.",
    "Staff reporters at the paper went on strike on Monday.",
    "The agency's photo of the crater was shared widely.",
    "Related charges were filed against two other men.",
    "Most read the report before the vote, aides said.",
    "Advertisement spending rose 4 percent.",
    "Talks: The first round ended without a deal.",
    "Inputs from farmers shaped the plan, the minister said.",
    "Join talks resumed on Monday in the capital.",
    "10.30 percent of voters stayed home.",
    "The 14:32 train left late.",
  ])("%s", (sentence) => {
    expect(body(sentence)).toBe(sentence);
  });
});

describe("cleanArticle: date", () => {
  it.each([
    [" date 2020-06-28 The quake struck at dawn.", "2020-06-28"],
    ["Quake hits valley\nPublished: 3 March 2025 10:15 AM\nThe quake struck at dawn.", "2025-03-03"],
    ["December 21, 2023 11:19 am | Updated 01:10 pm IST - LAGOS\nThe quake struck at dawn.", "2023-12-21"],
    ["Quake hits valley\n3 December 2004\nSource: Valley Post\nThe quake struck at dawn.", "2004-12-03"],
    ["Quake hits valley\nThe quake struck at dawn on 3 March 2025.", undefined], // a date in the text is not a stamp
    ["The quake struck at dawn.", undefined],
  ])("%j", (input, expected) => {
    const c = cleanArticle(input);
    expect(c.date?.toISOString().slice(0, 10)).toBe(expected);
    expect(c.text).toBe(input.split("\n").at(-1)!.replace(/^ date \S+ /, ""));
    expect(c.title ?? "").not.toMatch(/\d/);
  });
});

// A page with several stories' worth of furniture: every sentence left is the article's own.
describe("cleanArticle: a noisy page", () => {
  const PAGE = [
    " date 2021-03-14 The regional council of Valdoria approved a new dam on the Soren river on Monday, ending a decade of debate.",
    "By Jane Doe",
    "Staff reporter",
    "Updated 14 March 2021 | 6:00 a.m. ET",
    "Home | News | Regions | Valdoria",
    "Share Tweet Email Print",
    "VALDORIA CITY, Norland (Reuters) - Councillors voted 31 to 12 in favour of the project, which will cost about 2.4 billion crowns. Advertisement",
    "Protesters gather outside the council hall on Monday. REUTERS/Ana Diaz",
    "(MENAFN- Harbour Times) The dam will supply water to 600,000 homes, officials said.",
    "Can't find what you're looking for? View all search resultsDespite the protests, Gov. Lena Hart said work would begin in May.",
    "Key pointsThe dam will be 85 metres tall and hold approx. 900 million cubic metres of water.",
    "• The reservoir will flood three villages",
    "• About 1,200 people will have to move.",
    "▪ Compensation will total 140 million crowns.",
    "- Construction is expected to take six years.",
    "Shares of builder Acme Works (ACMW.L: Quote, Profile, Research) rose 4 percent after the vote. READ MORE: Dam opponents plan march on capital",
    "Click here to read the full council report.",
    "Lt. Col. Ivo Brand of the civil protection agency said the old levees would be strengthened first. Sign up for our daily newsletter for more stories like this.",
    "The project was first proposed by former Del. Tomas Rey in 2011. For more information visit https://www.example.org/dam-plan.",
    "Advertisement",
    "Subscribe to our newsletter",
    "Related stories",
    "Dam opponents plan march on capital",
    "Floods hit Soren valley for third year running as levees fail again under heavy spring rain",
    "Most read",
    "Norland central bank holds rates at 3.5 percent for a sixth month as inflation cools slowly",
    "© 2021 Harbour Times. All rights reserved.",
  ].join("\n");

  it("keeps only the article's sentences, with the stamp's date", () => {
    const c = cleanArticle(PAGE);
    expect(c.date?.toISOString().slice(0, 10)).toBe("2021-03-14");
    const sentences = splitSentences(c.text);
    for (const s of sentences) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual([
      "The regional council of Valdoria approved a new dam on the Soren river on Monday, ending a decade of debate.",
      "Councillors voted 31 to 12 in favour of the project, which will cost about 2.4 billion crowns.",
      "The dam will supply water to 600,000 homes, officials said.",
      "Despite the protests, Gov. Lena Hart said work would begin in May.",
      "The dam will be 85 metres tall and hold approx. 900 million cubic metres of water.",
      "About 1,200 people will have to move.",
      "Compensation will total 140 million crowns.",
      "Construction is expected to take six years.",
      "Shares of builder Acme Works rose 4 percent after the vote.",
      "Lt. Col. Ivo Brand of the civil protection agency said the old levees would be strengthened first.",
      "The project was first proposed by former Del. Tomas Rey in 2011.",
    ]);
  });

  it("stays linear on long runs of glued words and bracketed text", () => {
    const t0 = performance.now();
    cleanArticle(`Quake hits valley\n${"a".repeat(200_000)}The quake struck.\n${"(Reuters ".repeat(20_000)}\n${"resultsDespite ".repeat(20_000)}`);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

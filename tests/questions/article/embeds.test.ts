// Material around the article that must never become a question: photo captions with their
// credits, embedded social posts (the post's text as well as its signature), and byline or
// stamp rows. Every fixture here is invented.
import { describe, expect, it } from "vitest";
import { cleanArticle, dropEmbeds, isFurnitureLine, splitSentences } from "@/questions/article";

// A headline first, so the first body line is not taken for the title; a closing body line after,
// so a rule that eats the lines around the debris shows.
const HEAD = "Ferry sinks in the delta";
const LAST = "The ferry carried 80 passengers.";
const body = (s: string) => cleanArticle(`${HEAD}\n${s}\n${LAST}`).text;

describe("isFurnitureLine: captions recognised by their credit, byline and stamp rows", () => {
  it.each([
    "Rescuers carry a survivor up the bank at Port Alder. VP PHOTO: MARA OYELARAN",
    "Rescuers carry a survivor up the bank at Port Alder STAFF PHOTO: MARA OYELARAN",
    "Boats circle the wreck on Tuesday. FILE PHOTO: TOMAS ERIN",
    "VP PHOTO: MARA OYELARAN",
    "Volunteers hand out water near the jetty. Picture: Tomas Erin",
    "Volunteers hand out water near the jetty. Image: Delta Times",
    "Volunteers hand out water near the jetty. Photo courtesy of Delta Rescue",
    "Volunteers hand out water near the jetty. (Photo: Wire Agency)",
    "Volunteers hand out water near the jetty. (picture by Ana Diaz)",
    "Edited by Ana Diaz | Updated: May 03, 2023, 10:32 IST",
    "Posted On: 03 May 2023 10:32 AM by Press Office",
  ])("%s", (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });
});

describe("dropEmbeds", () => {
  const before = "The ferry sank at dusk.";
  const after = "The ferry carried 80 passengers.";
  const sig = "— Delta Rescue (@deltarescue) May 3, 2023";
  it.each<[string, string[], string[]]>([
    ["post text on the signature's line", [before, `Divers pulled 31 people out. The search goes on. pic.twitter.com/Xy12ab ${sig}`, after], [before, after]],
    ["dash glued to the picture link", [before, `Divers pulled 31 people out. The search goes on.pic.twitter.com/Xy12ab${sig}`, after], [before, after]],
    ["post text over two lines, no stops", [before, "Divers pulled 31 people out", "The search goes on at the bridge", sig, after], [before, after]],
    ["one line of post text with a stop", [before, "Two hospitals have opened extra wards.", sig, after], [before, after]],
    ["hashtag line above the text", [before, "#DeltaFerry #PortAlder", "Two hospitals have opened extra wards.", sig, after], [before, after]],
    ["signature without a dash", [before, "Two hospitals have opened extra wards.", "Delta Rescue (@deltarescue) May 3, 2023", after], [before, after]],
    ["date on the next line", [before, "Two hospitals have opened extra wards.", "— Delta Rescue (@deltarescue)", after], [before, after]],
    ["day before month", [before, "Two hospitals have opened extra wards.", "— Delta Rescue (@deltarescue) 3 May 2023", after], [before, after]],
    ["Instagram post", [before, "Two hospitals have opened extra wards. #DeltaFerry", "A post shared by Delta Rescue (@delta.rescue)", after], [before, after]],
    ["Facebook post", [before, "Two hospitals have opened extra wards.", "Posted by Delta Rescue Service on Wednesday, May 3, 2023", after], [before, after]],
    ["picture link alone", [before, "Divers at the old bridge pic.twitter.com/Xy12ab", after], [before, after]],
    ["a name glued by the embed", [before, "At about 09:30 hours onDRS, a bus overturned on the coast road.", after], [before, after]],
    ["a handle glued by the embed", [before, "At about 09:30 hours on Tuesday a bus overturned onDRS_Delta", after], [before, after]],
    ["Facebook post with a time", [before, "Two hospitals have opened extra wards.", "Posted by Delta Rescue Service on Wednesday, 3 May 2023 at 10:32 AM", after], [before, after]],
    // The article's own lines around a post stay.
    ["a sentence before a picture-link line", [before, "Update: 12 rescued so far pic.twitter.com/Ab12Cd", sig, after], [before, after]],
    ["a lead-in ending with a colon", ["In a post on Wednesday, the rescue service gave its count:", "Divers pulled 31 people out.", sig, after], ["In a post on Wednesday, the rescue service gave its count:", after]],
    ["a long paragraph before the post", [`${before} ${"Boats searched the river all night. ".repeat(10)}`, "Divers pulled 31 people out.", sig, after], [`${before} ${"Boats searched the river all night. ".repeat(10)}`, after]],
    ["a long paragraph with a signature at its end", [`${"Boats searched the river all night. ".repeat(10)}${sig}`, after], [`${"Boats searched the river all night. ".repeat(10).trim()}`, after]],
  ])("%s", (_, lines, expected) => {
    expect(dropEmbeds(lines)).toEqual(expected);
  });
});

describe("cleanArticle: captions, credits and posts", () => {
  it.each([
    ["caption with a credit in capitals", "Rescuers carry a survivor up the bank at Port Alder. VP PHOTO: MARA OYELARAN"],
    ["caption with a credit in capitals, no stop", "Rescuers carry a survivor up the bank STAFF PHOTO: MARA OYELARAN"],
    ["caption with a credit in brackets", "Rescuers carry a survivor up the bank at Port Alder. (Photo: Wire Agency)"],
    ["caption with a credit sentence", "Volunteers hand out water near the jetty. Picture: Tomas Erin"],
    ["caption with an image credit", "Volunteers hand out water near the jetty. Image: Delta Times"],
    ["tweet on one line", "Divers pulled 31 people out. The search goes on. pic.twitter.com/Xy12ab — Delta Rescue (@deltarescue) May 3, 2023"],
    ["tweet over lines", "Divers have pulled 31 people out of the water near the old bridge\nThe search goes on along the river with boats from three towns\n— Delta Rescue (@deltarescue) May 3, 2023"],
    ["tweet about another event", "A bus overturned on the coast road on Tuesday, injuring 12.\n— Delta Rescue (@deltarescue) May 3, 2023"],
    ["embed's time stamp with a glued name", "At about 09:30 hours onDRS, a bus overturned on the coast road."],
    ["Facebook post", "A bus overturned on the coast road on Tuesday, injuring 12.\nPosted by Delta Rescue Service on Wednesday, May 3, 2023"],
    ["byline row with an Updated stamp", "Edited By: Ana Diaz | Updated: May 03, 2023, 10:32 IST"],
    ["stamp with the poster's name", "Posted On: 03 May 2023 10:32 AM by Press Office"],
    ["representative image label", "Representative image."],
    ["image for representation", "Image for representation only."],
  ])("%s", (_, debris) => {
    expect(body(`The ferry sank at dusk near Port Alder.\n${debris}`)).toBe(`The ferry sank at dusk near Port Alder.\n${LAST}`);
  });

  // Prose that mentions photos, posts, hashtags and handles stays word for word, next to debris that goes.
  const CAPTION = "Rescuers carry a survivor up the bank at Port Alder. VP PHOTO: MARA OYELARAN";
  const TWEET = "Roads to the coast are closed. Avoid the area. pic.twitter.com/Xy12ab — Delta Rescue (@deltarescue) May 3, 2023";
  it.each([
    ["He posted a photo on Twitter on Monday.", CAPTION],
    ["He posted a photo on Twitter on Monday.", TWEET],
    ["The agency shared a picture of the wreck on its website, officials said.", CAPTION],
    ["The hashtag #SaveTheDelta trended on Monday, officials said.", TWEET],
    ["The ministry's account (@deltagov) posted updates through the night.", TWEET],
    ["The governor wrote on X that 40 people had been rescued.", TWEET],
    ["Only ONE boat of the fleet was insured, the owner said.", TWEET],
    ["The iOS and webOS versions of the app crashed on Monday.", TWEET],
    ["The rescue service posted a video on Twitter. It showed divers at the old bridge.", TWEET],
    ["Photo by photo, the archive was rebuilt over a decade.", CAPTION],
    ["The agency released the photo: a hull lying on its side in brown water.", CAPTION],
    ["Officials said the ferry left at 5 p.m. Photo records show it was overloaded.", CAPTION],
  ])("%s (then %s)", (sentence, debris) => {
    expect(body(`${sentence}\n${debris}`)).toBe(`${sentence}\n${LAST}`);
  });

  it("drops a credit left as a sentence of a paragraph too long for a caption", () => {
    const paragraph = "The harbour office said the ferry had been inspected in March, that its life jackets were counted twice a year, and that the crew of six had all passed the new safety course run by the river authority in the spring.";
    expect(body(`${paragraph} VP PHOTO: MARA OYELARAN`)).toBe(`${paragraph}\n${LAST}`);
  });

  it("keeps the article's sentences and their offsets around captions and posts", () => {
    const page = [
      HEAD,
      "The ferry Alder Star capsized on the Soren river on Tuesday evening, the harbour office said.",
      "Rescuers carry a survivor up the bank at Port Alder. VP PHOTO: MARA OYELARAN",
      "At least 31 passengers were pulled from the water by fishermen, and 12 are still missing.",
      "A bus overturned on the coast road, injuring 12. Roads to the coast are closed. pic.twitter.com/Xy12ab",
      "— Delta Rescue (@deltarescue) May 3, 2023",
      "The ferry was licensed to carry 60 people. (Photo: Wire Agency)",
      "The harbour master said the ferry was licensed to carry 60 people but had 80 on board.",
    ].join("\n");
    const c = cleanArticle(page);
    const sentences = splitSentences(c.text);
    for (const s of sentences) expect(c.text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual([
      "The ferry Alder Star capsized on the Soren river on Tuesday evening, the harbour office said.",
      "At least 31 passengers were pulled from the water by fishermen, and 12 are still missing.",
      "The harbour master said the ferry was licensed to carry 60 people but had 80 on board.",
    ]);
  });

  it("stays fast on long lines that look like the start of a credit or a post", () => {
    const long = ["a".repeat(200_000), "a ".repeat(100_000), "(@".repeat(100_000), "— x (@y) ".repeat(20_000), "PHOTO ".repeat(30_000), `Posted by ${"A ".repeat(50_000)}`, "(Photo: ".repeat(25_000), "onNEMA ".repeat(20_000)];
    const t0 = performance.now();
    const c = cleanArticle([HEAD, "The ferry sank at dusk.", ...long, CAPTION, TWEET, LAST].join("\n"));
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(c.text).not.toMatch(/PHOTO: MARA|pic\.twitter|Avoid the area/);
  });
});

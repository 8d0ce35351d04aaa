// Large inputs made up for tests of work off the event loop: a long article in our own words and a
// GIFT file of many questions, the same on every run.

const PEOPLE = ["Prime Minister Tomas Hale", "President Ana Ruiz", "Kenji Sato", "Dr. Lena Berg", "Senator Rosa Vidal"];
const PLACES = ["Paris", "Lagos", "Oslo", "Lima", "Canberra"];
const WHAT = ["12 percent", "$4.5 billion", "300 workers", "seven schools", "1,250 homes"];

/** News-like sentences (people, places, numbers) in paragraphs, at least `chars` long. */
export function longArticle(chars: number): string {
  let text = "";
  for (let i = 0; text.length < chars; i++) {
    const sentence = `${PEOPLE[i % 5]} met ${i + 2} officials in ${PLACES[(i * 3) % 5]} on Monday to discuss ${WHAT[(i * 7) % 5]}.`;
    text += (i === 0 ? "" : i % 4 === 0 ? "\n\n" : " ") + sentence;
  }
  return text;
}

/** A GIFT file of at least `chars` characters: questions of several kinds with tags, and a bad block now and then. */
export function largeGift(chars: number): string {
  const blocks: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const block = [
      `// [tag:week${i % 9}]`,
      i % 4 === 0 ? `Where did talks ${i} take place? {=${PLACES[i % 5]} ~Nowhere ~Elsewhere}` : i % 4 === 1 ? `${PEOPLE[i % 5]} attended meeting ${i}. {T}` : i % 4 === 2 ? `How many officials at meeting ${i}? {#${i + 2}:1}` : `Broken block ${i} {=open`,
    ].join("\n");
    blocks.push(block);
    length += block.length + 2;
  }
  return blocks.join("\n\n");
}

import { describe, expect, it } from "vitest";
import { splitSentences } from "@/questions/article";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  const cases: [string, string[]][] = [
    ["One thing. Two things.", ["One thing.", "Two things."]],
    ["The U.S. leader spoke. Then he left.", ["The U.S. leader spoke.", "Then he left."]],
    ["Acme Corp. will buy it. The deal closes soon.", ["Acme Corp. will buy it.", "The deal closes soon."]],
    ["It opens Jan. 5 in the city.", ["It opens Jan. 5 in the city."]],
    ["Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
    ["It ranks No. 2 in sales.", ["It ranks No. 2 in sales."]],
    ["Shares rose 3.5 percent. Bonds fell.", ["Shares rose 3.5 percent.", "Bonds fell."]],
    ["Sen. Robert C. Byrd spoke. He won.", ["Sen. Robert C. Byrd spoke.", "He won."]],
    ['"We are ready. We will win," she said. Next came the vote.', ['"We are ready. We will win," she said.', "Next came the vote."]],
    ["He said: \"Go now.\" Then he left.", ['He said: "Go now."', "Then he left."]],
    ["First line\nSecond line.", ["First line", "Second line."]],
    ["Why? Because. Yes!", ["Why?", "Because.", "Yes!"]],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  it("keeps offsets into the original text", () => {
    const text = "Alpha one. Beta two.\nGamma three.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it("is linear on a huge run-on line", () => {
    const big = "Mr. Smith of the U.S. said so ".repeat(100_000);
    const t0 = performance.now();
    splitSentences(big);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

// Titles, ranks and other abbreviations before a name or a number do not end a sentence; the same
// abbreviation at the end of a sentence does, when a typical sentence opener follows.
describe("splitSentences: abbreviations", () => {
  const cases: [string, string[]][] = [
    ["Voters backed former Del. Maria Santos in the island race. Turnout was low.", ["Voters backed former Del. Maria Santos in the island race.", "Turnout was low."]],
    ["Gov. Ann Lee signed the bill on Friday.", ["Gov. Ann Lee signed the bill on Friday."]],
    ["Sen. Paul Kim and Rep. Jo Diaz voted no.", ["Sen. Paul Kim and Rep. Jo Diaz voted no."]],
    ["Lt. Gen. Omar Haidari led the parade.", ["Lt. Gen. Omar Haidari led the parade."]],
    ["Col. Ruth Abara and Capt. Ben Ito were promoted.", ["Col. Ruth Abara and Capt. Ben Ito were promoted."]],
    ["Sgt. Lia Park was injured, said Supt. Dev Rao.", ["Sgt. Lia Park was injured, said Supt. Dev Rao."]],
    ["Insp. Raj Kumar arrested two men. Adm. Ken Ota was told.", ["Insp. Raj Kumar arrested two men.", "Adm. Ken Ota was told."]],
    ["Maj. Sam Oduya and Cmdr. Eva Lind met Prof. Tom Hale.", ["Maj. Sam Oduya and Cmdr. Eva Lind met Prof. Tom Hale."]],
    ["The winner was Brig. Gen. Ali Noor, aged 50.", ["The winner was Brig. Gen. Ali Noor, aged 50."]],
    ["Amb. Sara Ode and Pres. Tom Ruto attended.", ["Amb. Sara Ode and Pres. Tom Ruto attended."]],
    ["Fr. John Mbuyi led the prayers.", ["Fr. John Mbuyi led the prayers."]],
    ["Dr. Mia Chen treated them at St. Luke's hospital.", ["Dr. Mia Chen treated them at St. Luke's hospital."]],
    ["Ministers met in St. Petersburg. Talks lasted hours.", ["Ministers met in St. Petersburg.", "Talks lasted hours."]],
    ["Climbers left Mt. Kenya and reached Ft. Worth.", ["Climbers left Mt. Kenya and reached Ft. Worth."]],
    ["The talks begin Jan. 12 and end Feb. 3 in the capital.", ["The talks begin Jan. 12 and end Feb. 3 in the capital."]],
    ["The law took effect in Sept. 2019 after a long fight.", ["The law took effect in Sept. 2019 after a long fight."]],
    ["He was born on Jan. 3. His brother came later.", ["He was born on Jan. 3.", "His brother came later."]],
    ["He left No. 10 on Tuesday. Aides followed.", ["He left No. 10 on Tuesday.", "Aides followed."]],
    ["The dam holds approx. 4 million litres.", ["The dam holds approx. 4 million litres."]],
    ["The fine was Rs. 5,000 for each offence.", ["The fine was Rs. 5,000 for each offence."]],
    ["The U.S. envoy arrived late. She spoke briefly.", ["The U.S. envoy arrived late.", "She spoke briefly."]],
    ["Troops were sent to the U.S. The move angered allies.", ["Troops were sent to the U.S.", "The move angered allies."]],
    ["The U.N. Security Council met on Monday.", ["The U.N. Security Council met on Monday."]],
    ["The team from the U.K. won. Its coach cried.", ["The team from the U.K. won.", "Its coach cried."]],
    ["It was signed in Washington, D.C. on Friday.", ["It was signed in Washington, D.C. on Friday."]],
    ["It was signed in Washington, D.C. Leaders then left.", ["It was signed in Washington, D.C.", "Leaders then left."]],
    ["The vote closed at 8 p.m. on Sunday.", ["The vote closed at 8 p.m. on Sunday."]],
    ["The blast hit at 6 a.m. Monday near the port.", ["The blast hit at 6 a.m. Monday near the port."]],
    ["Polls shut at 7 p.m. EST in most states.", ["Polls shut at 7 p.m. EST in most states."]],
    ["The vote closed at 8 p.m. Officials began counting at once.", ["The vote closed at 8 p.m.", "Officials began counting at once."]],
    ["The court sat until 10.30 p.m. Lawyers then went home.", ["The court sat until 10.30 p.m.", "Lawyers then went home."]],
    ["Inflation eased to 3.4 percent. Rates held at 5.25.", ["Inflation eased to 3.4 percent.", "Rates held at 5.25."]],
    ["The novel by J. R. R. Tolkien sold well.", ["The novel by J. R. R. Tolkien sold well."]],
    ["Police arrested E. Mensah, 42, on Friday.", ["Police arrested E. Mensah, 42, on Friday."]],
    ["The firm, Acme Ltd. of Leeds, was fined.", ["The firm, Acme Ltd. of Leeds, was fined."]],
    ["Shares of Delta Inc. rose. Rival firms fell.", ["Shares of Delta Inc. rose.", "Rival firms fell."]],
    ["Ex-Gov. Paul Mbeki was held. Police gave no reason.", ["Ex-Gov. Paul Mbeki was held.", "Police gave no reason."]],
    ["The plan was approved by the Dept. of Health in 2020.", ["The plan was approved by the Dept. of Health in 2020."]],
    ["Supt. of Police Raj Gill said so.", ["Supt. of Police Raj Gill said so."]],
    ["The study by Ode et al. found a link. Others disagreed.", ["The study by Ode et al. found a link.", "Others disagreed."]],
    ["The index hit 1,234.56 points... Traders cheered.", ["The index hit 1,234.56 points...", "Traders cheered."]],
    ['She asked: "Who pays? Nobody knows." The room fell silent.', ['She asked: "Who pays? Nobody knows."', "The room fell silent."]],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

// An excerpt that stops mid-sentence keeps its last sentence, marked incomplete.
describe("splitSentences: complete", () => {
  const cases: [string, boolean[]][] = [
    ["The council met. It voted to build the", [true, false]],
    ["The council met on Monday", [false]],
    ['He added: "We are ready"', [true]],
    ['"We will rebuild," she said.', [true]],
    ["Is it safe? Nobody knows!", [true, true]],
    ["The mayor said the plan would...", [false]],
    ["It's good ... it's safe, he said.", [true]],
    ['"The dam is the first step towards', [false]],
    ["Work began in the U.S.\nIt will end in", [true, false]],
  ];
  it.each(cases)("%j", (input, expected) => {
    expect(splitSentences(input).map((s) => s.complete)).toEqual(expected);
  });
});

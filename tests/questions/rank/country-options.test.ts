import { describe, expect, it } from "vitest";
import { countryOwningBlank, mentionsIn, optionsOfAnotherCountry } from "@/questions/rank/country-options";
import { countryMentions } from "@/questions/rank/importance";
import { scoreCandidate } from "@/questions/rank/score";
import type { Question } from "@/questions/schema";
import type { Candidate } from "@/questions/build";

// Our own prompts; the people among the options are office holders the leader gazetteer dates.
const mc = (prompt: string, answer: string, choices: string[]): Question => ({ type: "multiple_choice", prompt, answer, choices }) as unknown as Question;

describe("options the prompt rules out by naming the blank's country", () => {
  it("finds the country that owns the blank: a possessive or a demonym before an office, or the office asked for", () => {
    expect(countryOwningBlank('Fill in the blank: "Kenya\'s _____ raised its main rate."')).toBe("Kenya");
    expect(countryOwningBlank('Fill in the blank: "Kenyan central bank governor _____ said rates would rise."')).toBe("Kenya");
    expect(countryOwningBlank("According to the article, who is the Kenyan central bank governor?")).toBe("Kenya");
    // A country that is not the blank's owner: the subject of another verb, or past a preposition.
    expect(countryOwningBlank('Fill in the blank: "Germany will send troops to _____."')).toBeUndefined();
    expect(countryOwningBlank('Fill in the blank: "The Kenyan shilling fell to _____ against the dollar."')).toBeUndefined();
  });

  it("lists the options of other countries: office holders elsewhere, and names with another country in them", () => {
    const banks = mc('Fill in the blank: "Kenya\'s _____ raised its main rate."', "Central Bank of Kenya", ["Central Bank of Kenya", "Bank of Japan", "Central Bank of Nigeria", "Treasury"]);
    expect(optionsOfAnotherCountry(banks)).toEqual(["Bank of Japan", "Central Bank of Nigeria"]);
    const governors = mc("According to the article, who is the Kenyan central bank governor?", "Wanjiru Kamau", ["Wanjiru Kamau", "Jerome Powell", "Kazuo Ueda", "Otieno Odhiambo"]);
    expect(optionsOfAnotherCountry(governors)).toEqual(["Jerome Powell", "Kazuo Ueda"]);
    expect(optionsOfAnotherCountry(mc('Fill in the blank: "Germany will send troops to _____."', "Lithuania", ["Lithuania", "Latvia", "Estonia", "Poland"]))).toEqual([]);
  });

  it("ranks such a multiple-choice form below the same prompt with options of the country", () => {
    const candidate = (q: Question) => ({ question: q }) as unknown as Candidate;
    const prompt = "According to the article, who is the Kenyan central bank governor?";
    const foreign = scoreCandidate(candidate(mc(prompt, "Wanjiru Kamau", ["Wanjiru Kamau", "Jerome Powell", "Kazuo Ueda", "Otieno Odhiambo"])));
    const local = scoreCandidate(candidate(mc(prompt, "Wanjiru Kamau", ["Wanjiru Kamau", "Achieng Oduya", "Kiprono Langat", "Otieno Odhiambo"])));
    expect(foreign).toBeLessThan(local * 0.5);
  });
});

describe("mentionsIn: the country pattern tried only where a form can start", () => {
  // Our own text: possessives, demonyms, names inside longer words, accents, and none at all.
  const TEXTS = [
    'Fill in the blank: "Kenya\'s _____ met the Kenyan and Ugandan envoys in Nairobi."',
    "Southern Sudanese, South Sudan's and Sudan's officials; SouthKorea, Koreans, North Korea.",
    "The U.S.-led talks in Washington, the United States and the US; USA.",
    "Côte d'Ivoire, Ivorian, Türkiye and Turkey's, AKenya, Kenyas.",
    "no country is named here at all",
    "",
  ];
  it.each(TEXTS)("finds what matchAll finds in %j", (text) => {
    const { re } = countryMentions();
    expect([...mentionsIn(text)]).toEqual([...text.matchAll(re)].map((m) => ({ form: m[0], index: m.index })));
  });
});

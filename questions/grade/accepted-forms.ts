// The one place that decides which typed answers a question accepts. The generator stores the
// result with the question (acceptedAnswers), the teacher sees it on review, and grading accepts
// exactly these forms, compared after normalisation (normalise.ts; numbers by value, numbers.ts).
import { aliasForms } from "./aliases";
import { dateForms } from "./dates";
import { personForms } from "./names";
import { normaliseAnswer } from "./normalise";
import { formsWithScaleAfter, numberForms, parseNumber } from "./numbers";
import { shorterNames } from "./org-names";
import { isBareTitle, roleForms } from "./roles";
import { fold } from "./data";

/** What kind of answer a key is, and what the article says around it. */
export interface AnswerInfo {
  kind: "person" | "role" | "organisation" | "place" | "number" | "percentage" | "date" | "other";
  /** People: the role or title the article gives them ("South Korean President"). */
  role?: string;
  /** People and organisations: the fullest name the article uses ("Lee Jae Myung" for "Lee"). */
  fullName?: string;
  /** Numbers: what is counted ("US troops"), accepted after the figure. */
  unit?: string;
  /** Text where the article may define an acronym or short name (the source sentence). */
  context?: string;
  /** Numbers and other keys: the sentence right after the key, where a scale word may stand outside the blank ("Sh38| billion"). */
  after?: string;
}

const PRONOUNS = new Set(["he", "she", "they", "it", "them", "him", "her", "his", "their", "its", "this", "these", "those", "others"]);

/** A counted noun worth typing after the figure ("US troops"), not an extraction slip ("them", "seriously", "km" again). */
function usableUnit(answer: string, unit: string | undefined): string | undefined {
  const u = unit?.trim();
  if (!u || u === "years old" || fold(answer).includes(fold(u))) return undefined;
  const words = u.split(/\s+/);
  if (words.length > 3 || !words.every((w) => /^[\p{L}][\p{L}'’-]*$/u.test(w))) return undefined;
  if (u.length < 3 || PRONOUNS.has(fold(words[0]!)) || /(?:ly|ed)$/.test(fold(words.at(-1)!))) return undefined;
  return u;
}

function formsByKind(answer: string, info: AnswerInfo): string[] {
  switch (info.kind) {
    case "person":
      return personForms(answer, info);
    case "role":
      return roleForms(answer);
    case "organisation":
      return orgForms(answer, aliasForms(answer, { context: info.context, fullName: info.fullName, initials: true }));
    case "place":
      return aliasForms(answer, { context: info.context });
    case "number":
    case "percentage": {
      const unit = usableUnit(answer, info.unit);
      return [...numberForms(answer), ...formsWithScaleAfter(answer, info.after), ...(unit ? [`${answer} ${unit}`] : [])];
    }
    case "date":
      return dateForms(answer);
    default: {
      // "Sh38" or "R38" with "billion" after the blank is a figure, whatever the extractor called it.
      const figure = formsWithScaleAfter(answer, info.after);
      if (figure.length) return figure;
      return parseNumber(answer) ? numberForms(answer) : aliasForms(answer, { context: info.context });
    }
  }
}

/** An organisation's names with the shorter ones each gives ("Constitutional Court" for "ConCourt"'s full name). */
function orgForms(answer: string, aliases: readonly string[]): string[] {
  return [...aliases, ...[answer, ...aliases].flatMap(shorterNames)];
}

/**
 * Every form of `answer` a grader should accept, the answer first: see personForms, roleForms,
 * aliasForms and shorterNames, numberForms and formsWithScaleAfter, and dateForms for each kind. A form differing only in what normalisation
 * ignores may be listed for the teacher's sake; a bare title ("President") never is, nor a
 * duplicate. Always a plain list of non-empty strings.
 */
export function acceptedForms(answer: string, info: AnswerInfo = { kind: "other" }): string[] {
  const key = answer.trim();
  if (!key) return [];
  const forms = [key, ...formsByKind(key, info)];
  // "the premier's residence" is also typed without its article.
  if (/^the\s/i.test(key)) forms.push(key.replace(/^the\s+/i, ""));
  // A bare office as the key ("chief executive") may be spelled another way ("CEO"); any other
  // key never accepts a bare title.
  const keyIsTitle = isBareTitle(key);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of forms.map((x) => x.trim().replace(/\s+/g, " "))) {
    if (!f || seen.has(f) || !normaliseAnswer(f)) continue;
    // A person's family name may look like a title ("Stephen King"); their forms never hold a bare one.
    if (f !== key && info.kind !== "person" && !keyIsTitle && isBareTitle(f)) continue;
    seen.add(f);
    out.push(f);
  }
  return out;
}

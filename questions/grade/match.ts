// Whether a typed response is one of a key's accepted forms: the same figure when both are
// figures (value, and unit when the response names one: "€11.5bn" is not "$11.5bn" although
// normalised text would drop the symbols), otherwise the same text after normalisation.
import { normaliseAnswer } from "./normalise";
import { parseNumber, sameNumber } from "./numbers";

export function matchesAnyForm(response: string, forms: readonly string[]): boolean {
  const text = normaliseAnswer(response);
  if (!text) return false;
  const figure = parseNumber(response);
  return forms.some((form) => {
    const key = figure ? parseNumber(form) : undefined;
    return key ? sameNumber(figure!, key) : normaliseAnswer(form) === text;
  });
}

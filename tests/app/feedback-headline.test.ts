import { describe, expect, it } from "vitest";
import { feedbackHeadline } from "@/app/_components/feedback-headline";

describe("the first line of a checked answer's feedback", () => {
  it("keeps the verdict apart from the answer, so 'Not quite: True' cannot read as 'not quite true'", () => {
    expect(feedbackHeadline(0, "True")).toBe("Not quite: the answer is True.");
    expect(feedbackHeadline(0, "False")).toBe("Not quite: the answer is False.");
    expect(feedbackHeadline(1, "True")).toBe("Correct: the answer is True.");
    expect(feedbackHeadline(0.5, "106")).toBe("Partly correct: the answer is 106.");
    expect(feedbackHeadline(0, "Suva")).toBe("Not quite: the answer is Suva.");
  });

  it("does not stop twice, nor name an empty answer", () => {
    expect(feedbackHeadline(0, "The pier opened in 1907.")).toBe("Not quite: the answer is The pier opened in 1907.");
    expect(feedbackHeadline(1, "  ")).toBe("Correct.");
  });
});

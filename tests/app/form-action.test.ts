import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrors, handleForm, initialFormState, parseFields, readForm, type FormState } from "@/app/_server/forms/form-action";
import { readFormNumber } from "@/app/_server/forms/form-number";
import { ForbiddenError, NotFoundError } from "@/app/_server/http/errors";

const formData = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [k, v] of entries) form.append(k, v);
  return form;
};

const RAW_ZOD = /Invalid input|expected|received|Too (small|big)/i;

describe("readForm", () => {
  it("reads text fields as typed, lists whole, and missing fields as empty", () => {
    const form = formData([["title", "  Ferries  "], ["questionId", "a"], ["questionId", "b"]]);
    expect(readForm(form, { text: ["title", "description"], lists: ["questionId", "none"] })).toEqual({ title: "  Ferries  ", description: "", questionId: ["a", "b"], none: [] });
  });

  it("reads a file field as empty text rather than [object File]", () => {
    const form = new FormData();
    form.append("title", new File(["x"], "x.txt"));
    expect(readForm(form, { text: ["title"] })).toEqual({ title: "" });
  });
});

describe("parseFields", () => {
  const schema = z.object({
    title: z.string().trim().min(1, "Give the quiz a title."),
    minutes: z.number().int().min(1).max(600).nullable(),
    grading: z.enum(["highest", "latest"]),
    name: z.string().min(3),
  });

  it("keeps a schema's own message and puts plain language where zod would speak for itself", () => {
    const result = parseFields(schema, { title: " ", minutes: NaN, grading: "best", name: "x" });
    expect(result).toEqual({
      errors: { title: "Give the quiz a title.", minutes: "Enter a number, in figures.", grading: "Choose one of the options.", name: "Write at least 3 characters." },
    });
  });

  it.each([
    [2.5, "Enter a whole number."],
    [0, "At least 1."],
    [601, "At most 600."],
  ])("%s minutes: %s", (minutes, message) => {
    const result = parseFields(schema, { title: "t", minutes, grading: "highest", name: "abc" });
    expect(result).toEqual({ errors: { minutes: message } });
  });

  it("gives the parsed data when all is well", () => {
    expect(parseFields(schema, { title: " t ", minutes: null, grading: "latest", name: "abc" })).toEqual({ data: { title: "t", minutes: null, grading: "latest", name: "abc" } });
  });
});

describe("fieldErrors", () => {
  it("keeps the first message per field and gives pathless issues to the form", () => {
    const schema = z
      .object({ a: z.string().min(2, "first").regex(/x/, "second") })
      .refine(() => false, { message: "whole form" });
    const parsed = schema.safeParse({ a: "y" });
    expect(parsed.success).toBe(false);
    // zod 4 still runs the refinement: the form gets its message beside the field's.
    expect(fieldErrors(parsed.error!.issues)).toEqual({ a: "first", form: "whole form" });
    const whole = schema.safeParse({ a: "xx" });
    expect(fieldErrors(whole.error!.issues)).toEqual({ form: "whole form" });
  });

  it("gives issues on unknown fields to the form when the names are listed", () => {
    const parsed = z.object({ draws: z.array(z.number()) }).safeParse({ draws: ["x"] });
    expect(fieldErrors(parsed.error!.issues, ["title"])).toEqual({ form: expect.any(String) });
  });
});

describe("handleForm", () => {
  const schema = z.object({ title: z.string().trim().min(1, "Give it a title."), minutes: z.number().int().max(600).nullable() });
  const options = {
    fields: { text: ["title", "minutes"], secret: ["password"] },
    schema,
    toInput: (v: Record<string, string | string[]>) => ({ title: v.title, minutes: readFormNumber(v.minutes) }),
  } as const;

  it("answers an invalid form with what was typed, plain messages, and the next round", async () => {
    let ran = false;
    const state = await handleForm(initialFormState(), formData([["title", ""], ["minutes", "five"], ["password", "hunter2hunter2"]]), {
      ...options,
      run: async () => {
        ran = true;
      },
    });
    expect(ran).toBe(false);
    expect(state).toEqual({ values: { title: "", minutes: "five" }, errors: { title: "Give it a title.", minutes: "Enter a number, in figures." }, round: 1 });
    expect(JSON.stringify(state)).not.toMatch(RAW_ZOD);
    expect(JSON.stringify(state)).not.toContain("hunter2");
  });

  it("runs once with the parsed input and counts rounds from the previous state", async () => {
    const seen: unknown[] = [];
    const previous: FormState = { values: {}, errors: {}, round: 4 };
    const state = await handleForm(previous, formData([["title", " Ferries "], ["minutes", "1,000"]]), {
      ...options,
      run: async (input) => {
        seen.push(input);
        return { message: "Saved." };
      },
    });
    // 1,000 passed the strict reading but not the schema's maximum: run never saw it.
    expect(seen).toEqual([]);
    expect(state.errors).toEqual({ minutes: "At most 600." });
    const saved = await handleForm(state, formData([["title", " Ferries "], ["minutes", "20"]]), {
      ...options,
      run: async (input) => {
        seen.push(input);
        return { message: "Saved." };
      },
    });
    expect(seen).toEqual([{ title: "Ferries", minutes: 20 }]);
    expect(saved).toEqual({ values: { title: " Ferries ", minutes: "20" }, errors: {}, message: "Saved.", data: undefined, round: 6 });
  });

  it("passes on the body's own field errors, and lets it replace the values shown", async () => {
    const state = await handleForm(initialFormState(), formData([["title", "t"], ["minutes", ""]]), {
      ...options,
      run: async (_input, values) => ({ errors: { form: "Someone else saved first." }, values: { ...values, title: "theirs" } }),
    });
    expect(state).toEqual({ values: { title: "theirs", minutes: "" }, errors: { form: "Someone else saved first." }, round: 1 });
  });

  it("answers what prepare refuses without parsing", async () => {
    const state = await handleForm(initialFormState(), formData([["title", ""]]), {
      ...options,
      prepare: async () => ({ file: "That file is not text." }),
      run: async () => undefined,
    });
    expect(state.errors).toEqual({ file: "That file is not text." });
  });

  it("answers a refusal of the use case beside the form, not as a server error", async () => {
    for (const refusal of [new ForbiddenError("Only admins can do that."), new NotFoundError("Question")]) {
      const state = await handleForm(initialFormState(), formData([["title", "t"], ["minutes", ""]]), {
        ...options,
        run: async () => {
          throw refusal;
        },
      });
      expect(state).toEqual({ values: { title: "t", minutes: "" }, errors: { form: refusal.message }, round: 1 });
    }
  });

  it("lets a redirect (thrown) pass through", async () => {
    const redirect = new Error("NEXT_REDIRECT");
    await expect(
      handleForm(initialFormState(), formData([["title", "t"], ["minutes", ""]]), {
        ...options,
        run: async () => {
          throw redirect;
        },
      }),
    ).rejects.toBe(redirect);
  });
});

describe("readFormNumber", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["20", 20],
    [" 20 ", 20],
    ["-3.5", -3.5],
    ["80,000", 80000],
    ["1,234,567.5", 1234567.5],
    ["7,9", NaN],
    ["0x10", NaN],
    ["1e3", NaN],
    ["five", NaN],
    ["12,34", NaN],
    ["Infinity", NaN],
    [".5", 0.5],
    ["1.", NaN],
  ] as const)("%j is %s", (text, expected) => {
    expect(readFormNumber(text)).toBe(expected);
  });
});

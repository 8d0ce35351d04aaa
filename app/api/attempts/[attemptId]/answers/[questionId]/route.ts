// PUT /api/attempts/:attemptId/answers/:questionId { "response": ... }: saves one answer as it is
// given. 200 means it is stored (it survives a crash); 409 means the attempt no longer takes it
// (submitted, time up, or checked and locked).
import { z } from "zod";
import { responseSchema } from "@/questions/schema";
import { apiRoute, idSchema } from "../../../../../_server/api-route";
import { saveAnswer } from "../../../../../_server/save-answer";

export const dynamic = "force-dynamic";

export const PUT = apiRoute(
  { params: z.object({ attemptId: idSchema, questionId: idSchema }), body: z.object({ response: responseSchema }).strict(), forbiddenStatus: 409 },
  async ({ params, body, actor }) => ({
    json: await saveAnswer({ attemptId: params.attemptId, questionId: params.questionId, actor, response: { value: body.response } }),
  }),
);

// POST /api/attempts/:attemptId/submit { "responses"?: { [questionId]: response } }: grades and
// closes the attempt on the server. Answers already saved count for questions the body leaves out.
// Submitting twice is harmless: the second answer is { status: "already_submitted" }.
import { z } from "zod";
import { responseSchema } from "@/questions/schema";
import { apiRoute, idSchema } from "../../../../_server/api-route";
import { submitAttempt } from "../../../../_server/submit-attempt";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ responses: z.record(idSchema, responseSchema).optional() }).strict();

export const POST = apiRoute({ params: z.object({ attemptId: idSchema }), body: bodySchema }, async ({ params, body, actor }) => ({
  json: await submitAttempt({ attemptId: params.attemptId, actor, responses: body.responses ?? {} }),
}));

// Downloads the teacher's selected questions (or the whole bank) as GIFT or JSON.
import { z } from "zod";
import { exportGift } from "@/questions/formats/gift";
import { toJsonOutput } from "@/questions/formats/json";
import { getCurrentUser, isTeacher } from "../../../_server/auth/session";
import { getQuestionsForExport } from "../../../_server/bank/list-bank-questions";

export const dynamic = "force-dynamic";

const querySchema = z.object({ format: z.enum(["gift", "json"]).catch("gift"), ids: z.array(z.string().min(1).max(64)).max(5000) });

export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor || !isTeacher(actor)) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  // A hand-edited link (an empty or overlong id, thousands of ids) is refused plainly, not a 500.
  const query = querySchema.safeParse({ format: url.searchParams.get("format"), ids: url.searchParams.getAll("id") });
  if (!query.success) return new Response("This export link is not valid: choose the questions again on the question bank page.", { status: 400 });
  const { format, ids } = query.data;
  const questions = await getQuestionsForExport({ actor, questionIds: ids });
  const stamp = new Date().toISOString().slice(0, 10);
  if (format === "json") {
    return new Response(`${JSON.stringify(toJsonOutput(questions), null, 2)}\n`, {
      headers: { "Content-Type": "application/json; charset=utf-8", "Content-Disposition": `attachment; filename="newsquiz-${stamp}.json"` },
    });
  }
  const { gift, skipped, notices } = exportGift(questions);
  const note = [
    skipped.length ? `// ${skipped.length} question(s) left out: ${[...new Set(skipped.map((s) => s.message))].join("; ")}\n` : "",
    notices.length ? `// ${notices.length} weight(s) rounded to Moodle's grades: ${[...new Set(notices.map((n) => n.message))].slice(0, 5).join("; ")}\n` : "",
  ].join("");
  const head = note ? `${note}\n` : "";
  return new Response(head + gift, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Disposition": `attachment; filename="newsquiz-${stamp}.gift.txt"` },
  });
}

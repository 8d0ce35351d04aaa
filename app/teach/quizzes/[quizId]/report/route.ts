// The grade table as a CSV download: /teach/quizzes/:id/report?format=csv is the page's link.
import { getCurrentUser, isTeacher } from "../../../../_server/auth/session";
import { getQuizGrades, gradesToCsv } from "../../../../_server/quizzes/quiz-report";
import { NotFoundError } from "../../../../_server/http/errors";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ quizId: string }> }) {
  const { quizId } = await params;
  const actor = await getCurrentUser();
  if (!actor || !isTeacher(actor)) return new Response("Not found", { status: 404 });
  try {
    const report = await getQuizGrades({ actor, quizId });
    const name = report.title.replace(/[^\w-]+/g, "-").slice(0, 60) || "quiz";
    return new Response(gradesToCsv(report.grades), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}-grades.csv"` },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
    throw error;
  }
}

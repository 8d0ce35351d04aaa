// No "server-only" marker: the production server's fast path (server.ts) loads this outside Next.js.
import { questionSchema, type Question } from "@/questions/schema";

type SnapshotWriter = {
  questionVersion: {
    upsert(args: {
      where: { questionId_version: { questionId: string; version: number } };
      create: { questionId: string; version: number; data: string };
      update: object;
    }): Promise<unknown>;
  };
};

/** Keeps the question as it was at `version`, before an edit replaces it. */
export async function snapshotQuestion(tx: SnapshotWriter, questionId: string, version: number, question: Question): Promise<void> {
  await tx.questionVersion.upsert({
    where: { questionId_version: { questionId, version } },
    create: { questionId, version, data: JSON.stringify(question) },
    update: {},
  });
}

export function parseSnapshot(data: string): Question | undefined {
  try {
    const parsed = questionSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** Awaits a use case, turning "not found" (or "not yours") into the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

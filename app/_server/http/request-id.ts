// The header that carries a request's id from the proxy to the handlers and back to the client.
// Its own module so the proxy does not pull the logger into its bundle.
export const REQUEST_ID_HEADER = "x-request-id";

/** An id from a reverse proxy in front is kept if it looks like one; anything else is replaced. */
const WELL_FORMED_ID = /^[\w.:-]{8,128}$/;

export function requestIdFrom(incoming: string | null): string {
  return incoming && WELL_FORMED_ID.test(incoming) ? incoming : crypto.randomUUID();
}

// The header that carries a request's id from the proxy to the handlers and back to the client.
// Its own module so the proxy does not pull the logger into its bundle.
export const REQUEST_ID_HEADER = "x-request-id";

// Errors a use case raises for the page or route to turn into a 404 or a message. Messages are
// safe to show: they never say whether something exists that the asker may not see.
export class NotFoundError extends Error {
  constructor(what: string) {
    super(`${what} not found`);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  constructor(message = "You are not allowed to do that.") {
    super(message);
    this.name = "ForbiddenError";
  }
}

// Stops a form from sending a file over the server's limit: the browser shows the message on the
// field and will not submit, instead of the upload failing after it has been sent.
import type { ChangeEvent } from "react";

export function refuseLargeFile(maxBytes: number) {
  return (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.setCustomValidity(file && file.size > maxBytes ? `The file is larger than ${maxBytes / 1024 / 1024} MB.` : "");
    input.reportValidity();
  };
}

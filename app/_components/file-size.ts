// Stops a form from sending a file over the server's limit: the field says so as soon as the file
// is chosen, and the form will not submit (ActionForm checks custom validity even though it sets
// noValidate), instead of the upload failing after it has been sent.
import type { ChangeEvent } from "react";

const megabytes = (bytes: number) => `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;

/** "The file is 8 MB; the limit is 2 MB." or undefined when it fits. */
export function fileTooLargeMessage(size: number, maxBytes: number): string | undefined {
  return size > maxBytes ? `The file is ${megabytes(size)}; the limit is ${megabytes(maxBytes)}.` : undefined;
}

export function refuseLargeFile(maxBytes: number, onChecked?: (message: string | undefined) => void) {
  return (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    const message = file ? fileTooLargeMessage(file.size, maxBytes) : undefined;
    input.setCustomValidity(message ?? "");
    if (onChecked) onChecked(message);
    else input.reportValidity();
  };
}

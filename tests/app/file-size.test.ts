// The message beside a file field when the file is over the upload limit.
import { describe, expect, it } from "vitest";
import { fileTooLargeMessage } from "@/app/_components/file-size";
import { BANK_IMPORT_MAX_BYTES } from "@/app/_server/articles/article-rules";

const MB = 1024 * 1024;

describe("fileTooLargeMessage", () => {
  it("names the file's size and the limit", () => {
    expect(fileTooLargeMessage(8 * MB, BANK_IMPORT_MAX_BYTES)).toBe("The file is 8 MB; the limit is 2 MB.");
    expect(fileTooLargeMessage(2.54 * MB, BANK_IMPORT_MAX_BYTES)).toBe("The file is 2.5 MB; the limit is 2 MB.");
  });

  it("says nothing about a file within the limit", () => {
    expect(fileTooLargeMessage(BANK_IMPORT_MAX_BYTES, BANK_IMPORT_MAX_BYTES)).toBeUndefined();
    expect(fileTooLargeMessage(10, BANK_IMPORT_MAX_BYTES)).toBeUndefined();
  });
});

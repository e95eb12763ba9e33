import { z } from "zod";
import { EMPTY_FILE_MESSAGE, MAX_PROTOCOL_BYTES, tooLargeMessage } from "@/server/protocol-reading/extract-text";
import { importTarget } from "./import-protocol";

/**
 * A protocol document as the upload form sent it: its name and size, and its bytes only when the
 * size is within the limit (the action does not read a file it will refuse). `count` is how many
 * files the form carried, for a client that sends more than the one.
 */
export interface ProtocolUpload {
  name: string;
  size: number;
  bytes: Uint8Array;
  count: number;
}

const CHOOSE = "Choose the protocol document to read: a PDF, Word (.docx), OpenDocument (.odt) or text (.txt) file";

/** Reads the form's `file` field: no bytes are read for an empty file, several files or one over the limit. */
export async function protocolUploadOf(form: FormData, field = "file"): Promise<ProtocolUpload | undefined> {
  // An empty file input still sends a part: no name (or "undefined") and no bytes.
  const files = form
    .getAll(field)
    .filter((v): v is File => typeof v !== "string" && !(v.size === 0 && (!v.name || v.name === "undefined")));
  const file = files[0];
  if (!file) return undefined;
  const readable = files.length === 1 && file.size > 0 && file.size <= MAX_PROTOCOL_BYTES;
  return {
    name: file.name.slice(0, 500),
    size: file.size,
    bytes: readable ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array(0),
    count: files.length,
  };
}

/** The upload form: where to read the document into, and the one file, refused by its size before its bytes. */
export const protocolUploadSchema = importTarget.extend({
  file: z
    .object(
      { name: z.string(), size: z.number(), bytes: z.instanceof(Uint8Array), count: z.number() },
      { error: CHOOSE },
    )
    .superRefine((file, ctx) => {
      const problem =
        file.count > 1
          ? `Choose one file, the protocol document (${file.count} were sent)`
          : file.size === 0
            ? EMPTY_FILE_MESSAGE
            : tooLargeMessage(file.size);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    }),
});

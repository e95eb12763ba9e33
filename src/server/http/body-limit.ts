/**
 * Request body limits (issue 14). Next's server-actions limit (next.config.ts) is one number for every
 * action, and uploads need tens of megabytes; so the proxy refuses, by Content-Length and before any
 * action runs, a body over BODY_LIMIT_KB (default 1 MB) sent anywhere but the pages that upload
 * files. Node's HTTP parser frames a body by its Content-Length, so the header cannot understate it; a
 * body sent without one (chunked) is refused outside the upload pages, where only the global limit holds.
 */

/** The pages whose forms post files: evidence on an item, a protocol document, a people CSV, an area file. */
export const UPLOAD_PAGES: readonly RegExp[] = [
  /^\/areas\/[^/]+\/items\/[^/]+\/?$/,
  /^\/areas\/[^/]+\/protocols\/read\/?$/,
  // A draft with no rules has the same "read its clauses from a document" form.
  /^\/areas\/[^/]+\/protocols\/[^/]+\/?$/,
  /^\/areas\/[^/]+\/people\/import\/?$/,
  /^\/admin\/areas\/import\/?$/,
];

export const isUploadPage = (pathname: string) => UPLOAD_PAGES.some((page) => page.test(pathname));

const BODYLESS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface BodyRefusal {
  status: 411 | 413;
  message: string;
}

/** Why a request's body is refused, or null when it may go on. */
export function refuseBody(
  request: { method: string; headers: Headers; pathname: string },
  limitBytes: number,
): BodyRefusal | null {
  if (BODYLESS.has(request.method.toUpperCase()) || isUploadPage(request.pathname)) return null;
  const declared = request.headers.get("content-length");
  if (declared === null) {
    return request.headers.has("transfer-encoding")
      ? { status: 411, message: "Send the request with a Content-Length." }
      : null;
  }
  const length = Number(declared);
  if (!Number.isFinite(length) || length > limitBytes)
    return {
      status: 413,
      message: `The request is too large: the limit here is ${Math.round(limitBytes / 1024)} KB.`,
    };
  return null;
}

export function bodyLimitBytes(source: NodeJS.ProcessEnv = process.env): number {
  const kb = Number(source.BODY_LIMIT_KB ?? 1024);
  return (Number.isFinite(kb) && kb >= 16 ? kb : 1024) * 1024;
}

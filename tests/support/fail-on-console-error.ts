import { afterEach, beforeEach, vi } from "vitest";

/** A test that makes the code log an error fails, unless it expects it (vi.mocked(console.error)). */
let calls: unknown[][] = [];
beforeEach(() => {
  calls = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
});
afterEach(() => {
  const unexpected = calls;
  vi.mocked(console.error).mockRestore();
  if (unexpected.length > 0 && !(globalThis as { __expectConsoleError?: boolean }).__expectConsoleError) {
    throw new Error(`Unexpected console.error: ${unexpected.map((a) => a.map(String).join(" ")).join("\n")}`);
  }
});

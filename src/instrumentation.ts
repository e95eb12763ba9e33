/** Runs once when the server starts: refuse to start with an invalid environment. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("./server/core/env");
    env();
  }
}

import { loadEnv } from "@/server/core/load-env";

loadEnv();
const { runCli } = await import("./main");
process.exitCode = await runCli(process.argv.slice(2));

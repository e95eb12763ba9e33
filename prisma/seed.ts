/**
 * `npm run db:seed`: loads the five protocols, the demo people, meetings and users. Safe to re-run.
 */
import { loadEnv } from "../scripts/load-env";
loadEnv();
const { runCli } = await import("../src/cli/main");
process.exitCode = await runCli(["seed"]);

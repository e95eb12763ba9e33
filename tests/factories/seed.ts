import { loadAreaSeeds } from "../../src/seed-data/index";
import * as reference from "../../src/seed-data/reference";
import type { Db } from "@/server/data/database";
import { seedDemoData } from "@/server/seed/seed-demo-data";

export const TEST_PASSWORD = "test-password-0";

/** Loads the five real protocols and the demo users, as `npm run db:seed` does. */
export function seedAll(db: Db) {
  return seedDemoData(db, { reference, areas: loadAreaSeeds(), demoPassword: TEST_PASSWORD });
}

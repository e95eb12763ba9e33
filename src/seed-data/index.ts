import { areaSeedSchema, type AreaSeed } from "@/lib/schemas/area-seed";
import halton from "./halton";
import harrow from "./harrow";
import kent from "./kent";
import knowsley from "./knowsley";
import medway from "./medway";

/** The five areas' data files, in the order the area switcher lists them. */
export const areaSeedInputs = [kent, medway, knowsley, harrow, halton];

/** Parse every data file with the application's own schema; throws with the path of the first error. */
export function loadAreaSeeds(): AreaSeed[] {
  return areaSeedInputs.map((input) => {
    const result = areaSeedSchema.safeParse(input);
    if (!result.success) {
      const where = input.area.slug;
      const issues = result.error.issues.map((i) => `  ${where}: ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`Seed data for ${where} is invalid:\n${issues}`);
    }
    return result.data;
  });
}

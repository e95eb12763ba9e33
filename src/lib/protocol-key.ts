import { slugify } from "./slugify";

/**
 * A protocol's key made from its title ("Protocol between the Kent SAB and the HWB" becomes
 * "protocol-between-the-kent-sab-and-the-hwb"), as the new-protocol form suggests it and the server
 * makes it when none is given: slugify's rules, up to 80 characters, and empty for a title of symbols.
 */
export function keyFromTitle(title: string, max = 80): string {
  return slugify(title, "", max);
}

/**
 * A protocol's key made from its title ("Protocol between the Kent SAB and the HWB" becomes
 * "protocol-between-the-kent-sab-and-the-hwb"), as the new-protocol form suggests it and the server
 * makes it when none is given. Letters lose their accents; anything else becomes one hyphen; a long title is cut at a word.
 */
export function keyFromTitle(title: string, max = 80): string {
  const key = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (key.length <= max) return key;
  // Too long: cut at the last whole word that fits.
  const cut = key.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : max).replace(/-+$/, "");
}

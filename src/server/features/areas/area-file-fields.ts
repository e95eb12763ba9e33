/** Helpers that keep an exported area file stable: byte order, and fields left out rather than null. */
export const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return (value === null || value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

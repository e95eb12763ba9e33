import { AreaNavLinks } from "./area-nav-links";

const SECTIONS = [
  { key: "boards", label: "Boards" },
  { key: "calendar", label: "Calendar" },
  { key: "obligations", label: "Obligations" },
  { key: "membership", label: "Membership" },
  { key: "protocols", label: "Protocols" },
  { key: "challenges", label: "Challenges" },
] as const;

/** The area's navigation and the area switcher (a GET form: it works without JavaScript). */
export function AreaNav({
  areas,
  current,
}: {
  areas: { slug: string; name: string }[];
  current: { slug: string; name: string };
}) {
  return (
    <div className="no-print border-b-4 border-brand">
      <div className="flex flex-wrap items-end justify-between gap-4 pt-4">
        <p className="text-xl">
          <span className="text-muted">Area: </span>
          <strong>{current.name}</strong>
        </p>
        {areas.length > 1 && (
          <form action="/switch-area" method="get" className="flex items-end gap-2">
            <div>
              <label htmlFor="area-switcher" className="block font-bold">
                Switch area
              </label>
              <select
                id="area-switcher"
                name="area"
                defaultValue={current.slug}
                className="min-h-11 border-2 border-ink bg-white px-2 py-2 text-lg"
              >
                {areas.map((a) => (
                  <option key={a.slug} value={a.slug}>
                    {a.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="min-h-11 border-2 border-ink bg-panel px-4 py-2 font-bold">
              Go
            </button>
          </form>
        )}
      </div>
      <AreaNavLinks area={current.slug} sections={SECTIONS} />
    </div>
  );
}

import type { ReactNode } from "react";

/** GOV.UK summary list: key-value rows for one thing's details. */
export function SummaryList({ rows }: { rows: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="border-t border-line max-w-4xl">
      {rows.map((row) => (
        <div key={row.key} className="grid sm:grid-cols-3 gap-2 border-b border-line py-3">
          <dt className="font-bold">{row.key}</dt>
          <dd className="sm:col-span-2">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from "react";

/** GOV.UK summary list: key-value rows for one thing's details. */
export function SummaryList({ rows }: { rows: { key: string; value: ReactNode }[] }) {
  return (
    <dl className="max-w-4xl border-t border-line">
      {rows.map((row) => (
        <div key={row.key} className="grid gap-2 border-b border-line py-3 sm:grid-cols-3">
          <dt className="font-bold">{row.key}</dt>
          <dd className="sm:col-span-2">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

import type { ReactNode } from "react";

export function Table({
  caption,
  head,
  children,
  captionHidden,
}: {
  caption: string;
  head: string[];
  children: ReactNode;
  captionHidden?: boolean;
}) {
  return (
    <div className="mb-8 overflow-x-auto">
      <table className="w-full border-collapse text-left text-base">
        <caption className={captionHidden ? "sr-only" : "mb-3 text-left text-xl font-bold"}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className="border-b-2 border-ink py-2 pr-4 align-bottom font-bold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

export function Td({ children, header }: { children: ReactNode; header?: boolean }) {
  const cls = "border-b border-line py-2 pr-4 align-top";
  return header ? (
    <th scope="row" className={`${cls} font-bold`}>
      {children}
    </th>
  ) : (
    <td className={cls}>{children}</td>
  );
}

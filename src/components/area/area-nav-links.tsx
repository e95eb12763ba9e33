"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export function AreaNavLinks({
  area,
  sections,
}: {
  area: string;
  sections: readonly { key: string; label: string }[];
}) {
  const pathname = usePathname();
  return (
    <nav aria-label="Area sections" className="mt-3">
      <ul className="flex flex-wrap gap-x-1">
        {sections.map((s) => {
          const href = `/areas/${area}/${s.key}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={s.key}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={`inline-block min-h-11 px-4 py-2 text-lg font-bold underline-offset-4 ${active ? "bg-brand text-white" : "text-brand underline"}`}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

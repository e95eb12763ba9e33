import type { ReactNode } from "react";

export function PageHeader({ caption, title, children }: { caption?: string; title: string; children?: ReactNode }) {
  return (
    <div className="mb-8">
      {caption && <p className="text-lg text-muted mb-1">{caption}</p>}
      <h1 className="text-3xl sm:text-4xl font-bold mb-4">{title}</h1>
      {children && <div className="text-xl max-w-3xl">{children}</div>}
    </div>
  );
}

export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="text-2xl font-bold mt-10 mb-4">
      {children}
    </h2>
  );
}

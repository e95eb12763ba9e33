import type { ReactNode } from "react";

export function PageHeader({ caption, title, children }: { caption?: string; title: string; children?: ReactNode }) {
  return (
    <div className="mb-8">
      {caption && <p className="mb-1 text-lg text-muted">{caption}</p>}
      <h1 className="mb-4 text-3xl font-bold sm:text-4xl">{title}</h1>
      {children && <div className="max-w-3xl text-xl">{children}</div>}
    </div>
  );
}

export function SectionHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mt-10 mb-4 text-2xl font-bold">
      {children}
    </h2>
  );
}

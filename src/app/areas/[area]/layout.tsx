import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { AreaNav } from "@/components/area/area-nav";
import { requireUser } from "@/server/auth/session";
import { db } from "@/server/data/db";
import { listAreas } from "@/server/features/areas/list-areas";

export default async function AreaLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ area: string }>;
}) {
  const { area } = await params;
  const viewer = await requireUser();
  const areas = await listAreas({ db, viewer });
  const current = areas.find((a) => a.slug === area);
  if (!current) notFound();
  return (
    <>
      <AreaNav areas={areas} current={current} />
      <main id="main" className="py-8">
        {children}
      </main>
    </>
  );
}

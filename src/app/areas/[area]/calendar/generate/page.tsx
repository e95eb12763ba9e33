import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { cycleLabel } from "@/lib/dates";
import { fyParam } from "@/lib/schemas/calendar";
import { orNotFound, pageReader } from "@/server/auth/page";
import { previewAreaCalendar } from "@/server/features/calendar/preview-area-calendar";
import { GenerateAll } from "./generate-all";

export const metadata: Metadata = { title: "Generate the area's calendars" };

export default async function GenerateAreaPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string }>;
  searchParams: Promise<{ fy?: string }>;
}) {
  const { area: slug } = await params;
  const fy = fyParam.safeParse((await searchParams).fy);
  const { area, year, previews } = await orNotFound(
    previewAreaCalendar(await pageReader(), slug, fy.success ? fy.data : null),
  );
  const label = `FY${cycleLabel(year)}`;
  return (
    <>
      <PageHeader caption={area.name} title={`Generate ${label} for every board`}>
        What each board&apos;s calendar would gain, change and retire. Items already logged keep their status and
        evidence.
      </PageHeader>
      <Table caption="Preview by board" head={["Board", "New", "Changed", "Retired", "Unchanged"]}>
        {previews.map((p) => (
          <tr key={p.boardId}>
            <Td header>
              {p.name} ({p.key})
            </Td>
            <Td>{p.created}</Td>
            <Td>{p.updated}</Td>
            <Td>{p.retired}</Td>
            <Td>{p.unchanged}</Td>
          </tr>
        ))}
      </Table>
      <GenerateAll
        boards={previews.map((p) => ({ boardId: p.boardId, name: p.name, fingerprint: p.fingerprint }))}
        fy={year}
        label={label}
      />
    </>
  );
}

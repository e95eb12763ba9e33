import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, ErrorSummary, TextField, type FormErrors } from "@/components/ui/form";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { formatLondonDateTime } from "@/lib/london-time";
import { pageReader } from "@/server/auth/page";
import { AppError } from "@/server/core/errors";
import { listAuditEntries } from "@/server/features/audit/list-audit-entries";

export const metadata: Metadata = { title: "Audit log" };

type Search = Record<string, string | string[] | undefined>;
const FIELDS = ["actor", "action", "entityType", "entityId", "from", "to"] as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Administrators' audit log: every change, who made it, before and after; filters by GET, 50 a page. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const reader = await pageReader();
  const raw: Record<string, string> = {};
  for (const f of [...FIELDS, "page"]) {
    const v = first(search[f]);
    if (v !== undefined) raw[f] = v;
  }
  let result: Awaited<ReturnType<typeof listAuditEntries>> | null = null;
  let errors: FormErrors | null = null;
  try {
    result = await listAuditEntries(reader, raw);
  } catch (error) {
    if (error instanceof AppError && (error.code === "FORBIDDEN" || error.code === "NOT_FOUND")) notFound();
    if (!(error instanceof AppError && error.code === "VALIDATION")) throw error;
    errors = { formError: error.message, fieldErrors: error.fieldErrors };
  }
  const value = (f: string) => first(search[f]) ?? "";
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    for (const f of FIELDS) if (value(f)) params.set(f, value(f));
    params.set("page", String(page));
    return `/admin/audit?${params.toString()}`;
  };
  return (
    <main id="main" className="py-10">
      <PageHeader title="Audit log">
        Every change made in the portal: who made it, when, and what it was before and after. Entries are never changed
        or removed.
      </PageHeader>
      <ErrorSummary errors={errors} fields={{ page: "actor" }} />
      <form method="get" aria-label="Filter the audit log" className="mb-8 max-w-4xl bg-panel p-4">
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField
            id="actor"
            name="actor"
            label="Actor email (or seed, cli, system)"
            hint="Part of an email address is enough"
            defaultValue={value("actor")}
            errors={errors?.fieldErrors.actor}
          />
          <TextField
            id="action"
            name="action"
            label="Action"
            hint="Its beginning, e.g. item. or membership.end"
            defaultValue={value("action")}
            errors={errors?.fieldErrors.action}
          />
          <TextField
            id="entityType"
            name="entityType"
            label="Entity type"
            hint="Exactly, e.g. CalendarItem or Membership"
            defaultValue={value("entityType")}
            errors={errors?.fieldErrors.entityType}
          />
          <TextField
            id="entityId"
            name="entityId"
            label="Entity id"
            defaultValue={value("entityId")}
            errors={errors?.fieldErrors.entityId}
          />
          <TextField
            id="from"
            name="from"
            type="date"
            label="From (date, UK time)"
            hint="For example 2026-11-01"
            defaultValue={value("from")}
            errors={errors?.fieldErrors.from}
          />
          <TextField
            id="to"
            name="to"
            type="date"
            label="To (date, UK time)"
            hint="Included"
            defaultValue={value("to")}
            errors={errors?.fieldErrors.to}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button>Filter</Button>
          <Link className="text-brand underline" href="/admin/audit">
            Clear filters
          </Link>
        </div>
      </form>
      {result && (
        <>
          <p role="status" className="mb-4">
            {result.total === 0
              ? "No entries match."
              : `${result.total} entries; page ${result.page} of ${result.pages}, newest first.`}
          </p>
          {result.entries.length > 0 && (
            <Table caption="Audit entries" captionHidden head={["When", "Actor", "Action", "Entity", "Change"]}>
              {result.entries.map((e) => (
                <tr key={e.id}>
                  <Td header>{formatLondonDateTime(e.at)}</Td>
                  <Td>
                    {e.actor}
                    {e.actorName && <span className="block text-muted">{e.actorName}</span>}
                  </Td>
                  <Td>
                    <code>{e.action}</code>
                  </Td>
                  <Td>
                    {e.entityType}
                    <code className="block text-sm break-all">{e.entityId}</code>
                  </Td>
                  <Td>
                    {e.before === null && e.after === null ? (
                      "—"
                    ) : (
                      <details>
                        <summary className="cursor-pointer text-brand underline">
                          Before and after
                          <span className="sr-only">
                            {" "}
                            for {e.action} on {formatLondonDateTime(e.at)}
                          </span>
                        </summary>
                        {e.before !== null && (
                          <>
                            <p className="mt-2 font-bold">Before</p>
                            <pre className="bg-panel p-2 text-sm break-all whitespace-pre-wrap">{e.before}</pre>
                          </>
                        )}
                        {e.after !== null && (
                          <>
                            <p className="mt-2 font-bold">After</p>
                            <pre className="bg-panel p-2 text-sm break-all whitespace-pre-wrap">{e.after}</pre>
                          </>
                        )}
                      </details>
                    )}
                  </Td>
                </tr>
              ))}
            </Table>
          )}
          {result.pages > 1 && (
            <nav aria-label="Pages" className="flex gap-6">
              {result.page > 1 && (
                <Link className="text-brand underline" href={pageHref(result.page - 1)}>
                  Previous page
                  <span className="sr-only">
                    {" "}
                    ({result.page - 1} of {result.pages})
                  </span>
                </Link>
              )}
              {result.page < result.pages && (
                <Link className="text-brand underline" href={pageHref(result.page + 1)}>
                  Next page
                  <span className="sr-only">
                    {" "}
                    ({result.page + 1} of {result.pages})
                  </span>
                </Link>
              )}
            </nav>
          )}
        </>
      )}
    </main>
  );
}

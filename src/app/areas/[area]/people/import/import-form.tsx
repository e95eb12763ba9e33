"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, TextField } from "@/components/ui/form";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { IMPORT_COLUMNS, importable, type ImportPlan, type ImportRow } from "@/lib/people-import";
import { importPeopleAction, previewPeopleImportAction } from "./actions";

const HEADINGS = ["Row", "Name", "Email", "Organisation", "Board", "Capacity", "From", "To", "What happens"];

function outcome(row: ImportRow) {
  if (Object.keys(row.errors).length > 0) return <Tag tone="red">Error</Tag>;
  const person = row.person?.kind === "new" ? "New person" : `Existing person: ${row.person?.name ?? ""}`;
  return (
    <>
      {person}
      <br />
      {row.membership === "exists" ? <Tag>Already recorded</Tag> : <Tag tone="green">New membership</Tag>}
    </>
  );
}

function Preview({ plan }: { plan: ImportPlan }) {
  if (plan.fileErrors.length > 0)
    return (
      <div role="alert" className="mb-6 max-w-3xl border-4 border-danger p-4">
        <h2 className="mb-2 text-xl font-bold">The file cannot be read</h2>
        <ul className="list-disc pl-6">
          {plan.fileErrors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      </div>
    );
  const { counts } = plan;
  return (
    <>
      <h2 className="mt-8 mb-4 text-2xl font-bold">Preview</h2>
      {counts.errors > 0 ? (
        <p role="alert" className="mb-4 max-w-3xl border-4 border-danger p-3 font-bold">
          {counts.errors} of {counts.rows} rows {counts.errors === 1 ? "is" : "are"} in error. Nothing will be imported
          until every row is right: correct the file and preview it again.
        </p>
      ) : (
        <p role="status" className="mb-4 max-w-3xl border-4 border-ok p-3 font-bold">
          {counts.rows} rows: {counts.newPeople} new {counts.newPeople === 1 ? "person" : "people"},{" "}
          {counts.newMemberships} new {counts.newMemberships === 1 ? "membership" : "memberships"},{" "}
          {counts.existingMemberships} already recorded.
        </p>
      )}
      <Table caption="What importing the file would do, row by row" head={HEADINGS}>
        {plan.rows.map((row) => (
          <tr key={row.line}>
            <Td header>Row {row.line}</Td>
            {IMPORT_COLUMNS.map((c) => (
              <Td key={c}>
                {row.values[c]}
                {row.errors[c] && (
                  <span className="block font-bold text-danger">
                    <span className="sr-only">Error: </span>
                    {row.errors[c].join(". ")}
                  </span>
                )}
              </Td>
            ))}
            <Td>{outcome(row)}</Td>
          </tr>
        ))}
      </Table>
    </>
  );
}

export function ImportPeopleForm({ areaId }: { areaId: string }) {
  const [preview, previewAction, previewing] = useActionState(previewPeopleImportAction, null);
  const [done, confirmAction, importing] = useActionState(importPeopleAction, null);
  const previewErrors = preview && !preview.ok ? preview : null;
  const confirmErrors = done && !done.ok ? done : null;
  const shown = preview?.ok ? preview.data : undefined;
  return (
    <>
      {done?.ok && (
        <p role="status" className="mb-6 max-w-3xl border-4 border-ok p-3 font-bold">
          {done.message}
        </p>
      )}
      <ErrorSummary errors={previewErrors ?? confirmErrors} fields={{ csv: "import-file" }} />
      <form action={previewAction} noValidate className="max-w-xl">
        <input type="hidden" name="areaId" value={areaId} />
        <TextField
          id="import-file"
          name="file"
          type="file"
          label="CSV file"
          hint="Up to 500,000 characters; the first row names the columns."
          errors={previewErrors?.fieldErrors.csv}
        />
        <Button>{previewing ? "Reading…" : "Preview the import"}</Button>
      </form>
      {shown && !done?.ok && <Preview plan={shown.plan} />}
      {shown && !done?.ok && importable(shown.plan) && (
        <form action={confirmAction} noValidate className="mt-4">
          <input type="hidden" name="areaId" value={areaId} />
          <input type="hidden" name="csv" value={shown.csv} />
          <input type="hidden" name="fingerprint" value={shown.fingerprint} />
          <Button>{importing ? "Importing…" : `Import ${shown.plan.counts.rows} rows`}</Button>
        </form>
      )}
    </>
  );
}

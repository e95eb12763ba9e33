"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, FieldError } from "@/components/ui/form";
import { Table, Td } from "@/components/ui/table";
import { confirmAreaImportAction, previewAreaImportAction } from "./actions";

/** Upload, preview what will change, then confirm: the confirm sends the previewed file back with its fingerprint. */
export function ImportAreaForm() {
  const [preview, previewAction, previewing] = useActionState(previewAreaImportAction, null);
  const [confirmed, confirmAction, confirming] = useActionState(confirmAreaImportAction, null);
  const errors = preview && !preview.ok ? preview : null;
  const plan = preview?.ok ? preview.data : undefined;
  const describedBy = ["file-hint", errors?.fieldErrors.file ? "file-error" : ""].filter(Boolean).join(" ");
  return (
    <>
      <form action={previewAction} noValidate className="mb-8 max-w-2xl">
        <ErrorSummary errors={errors} fields={{ file: "area-file" }} />
        <div className={`mb-6 ${errors?.fieldErrors.file ? "border-l-4 border-danger pl-4" : ""}`}>
          <label htmlFor="area-file" className="mb-1 block font-bold">
            Area file
          </label>
          <p id="file-hint" className="mb-1 text-muted">
            The JSON file that <code>cli area export</code> writes. Nothing is imported until you confirm.
          </p>
          <FieldError id="file-error" errors={errors?.fieldErrors.file} />
          <input
            id="area-file"
            name="file"
            type="file"
            accept="application/json,.json"
            aria-describedby={describedBy}
            aria-invalid={errors?.fieldErrors.file ? true : undefined}
            className="block min-h-11 text-lg"
          />
        </div>
        <Button>{previewing ? "Checking the file…" : "Preview the import"}</Button>
      </form>
      {plan && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="mb-4 text-2xl font-bold">
            What importing {plan.area} will change
          </h2>
          <p className="mb-4 text-lg">
            {plan.created} to create, {plan.updated} to update, {plan.unchanged} unchanged.
          </p>
          {plan.byEntity.length > 0 && (
            <Table caption="Changes by kind of record" head={["Kind of record", "Created", "Updated", "Retired"]}>
              {plan.byEntity.map((e) => (
                <tr key={e.entity}>
                  <Td header>{e.entity}</Td>
                  <Td>{e.created}</Td>
                  <Td>{e.updated}</Td>
                  <Td>{e.retired}</Td>
                </tr>
              ))}
            </Table>
          )}
          {plan.changes.length > 0 && (
            <details className="my-4">
              <summary className="cursor-pointer font-bold">Every change ({plan.changes.length} shown)</summary>
              <ul className="list-disc pl-6">
                {plan.changes.map((c, i) => (
                  <li key={i}>
                    {c.change} {c.entity} {c.key}
                    {c.fields ? ` (${c.fields.join(", ")})` : ""}
                  </li>
                ))}
              </ul>
            </details>
          )}
          <form action={confirmAction} className="mt-6">
            {confirmed?.ok && (
              <p role="status" className="mb-4 border-4 border-ok p-3 font-bold">
                {confirmed.message}
              </p>
            )}
            <ErrorSummary errors={confirmed && !confirmed.ok ? confirmed : null} fields={{}} />
            <input type="hidden" name="file" value={plan.file} />
            <input type="hidden" name="fingerprint" value={plan.fingerprint} />
            {plan.created + plan.updated > 0 && !confirmed?.ok && (
              <Button>{confirming ? "Importing…" : `Import ${plan.area}`}</Button>
            )}
          </form>
        </section>
      )}
    </>
  );
}

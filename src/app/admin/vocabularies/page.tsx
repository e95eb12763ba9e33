import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { pageReader } from "@/server/auth/page";
import { isGlobalAdministrator } from "@/server/authz/authorize-area";
import { listVocabularies } from "@/server/features/vocabularies/list-vocabularies";
import { AddEntryForm, RemoveEntryForm, RenameEntryForm } from "./forms";

export const metadata: Metadata = { title: "Vocabularies" };

/** Kinds of board, kinds of organisation and capacities (administrators of the whole portal). */
export default async function VocabulariesPage() {
  const reader = await pageReader();
  if (!isGlobalAdministrator(reader.viewer)) notFound();
  const vocabularies = await listVocabularies(reader.db);
  return (
    <main id="main" className="py-10">
      <PageHeader caption="Administration" title="Vocabularies">
        <p>
          The words the portal uses for today&apos;s structures. Rename any entry; remove one only when nothing uses it.
          Built-in capacities (chair, vice-chair...) can be renamed but not removed.
        </p>
      </PageHeader>
      {vocabularies.map((v) => (
        <section key={v.vocabulary} aria-labelledby={`${v.vocabulary}-heading`}>
          <SectionHeading id={`${v.vocabulary}-heading`}>{v.title}</SectionHeading>
          <Table caption={v.title} captionHidden head={["Key", "Name", "In use", "Remove"]}>
            {v.entries.map((e) => (
              <tr key={e.id}>
                <Td header>{e.key}</Td>
                <Td>
                  <RenameEntryForm vocabulary={v.vocabulary} entry={e} />
                </Td>
                <Td>{e.uses}</Td>
                <Td>
                  {e.builtIn ? (
                    "Built in"
                  ) : e.uses > 0 ? (
                    "In use"
                  ) : (
                    <RemoveEntryForm vocabulary={v.vocabulary} entry={e} />
                  )}
                </Td>
              </tr>
            ))}
          </Table>
          <h3 className="mt-6 mb-2 text-xl font-bold">Add a {v.noun}</h3>
          <AddEntryForm vocabulary={v.vocabulary} noun={v.noun} />
        </section>
      ))}
    </main>
  );
}

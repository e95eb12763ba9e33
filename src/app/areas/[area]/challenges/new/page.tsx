import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getRaiseChallengeForm } from "@/server/features/challenges/get-raise-challenge-form";
import { RaiseChallengeForm } from "../forms";

export const metadata: Metadata = { title: "Raise a challenge" };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.length <= 64 ? v : undefined);

/** A chair raises a challenge to another board; `?item=` or `?from=` prefill the form. */
export default async function RaiseChallengePage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { area: slug } = await params;
  const query = await searchParams;
  const reader = await pageReader();
  const form = await orNotFound(getRaiseChallengeForm(reader, slug, { item: one(query.item), from: one(query.from) }));
  return (
    <>
      <PageHeader caption={form.area.name} title="Raise a challenge">
        Call another board to account under a protocol both boards have agreed. Its chair is asked for a formal response
        by the date you set.
      </PageHeader>
      {!form.canRaise ? (
        <p className="mb-6">
          Only the chair of a board in {form.area.name} (or an administrator) can raise a challenge. You can follow
          challenges on the{" "}
          <Link className="text-brand underline" href={`/areas/${slug}/challenges`}>
            challenges page
          </Link>
          .
        </p>
      ) : (
        <RaiseChallengeForm
          area={slug}
          from={form.from.map((b) => ({ value: b.id, label: b.label }))}
          to={form.to.map((b) => ({ value: b.id, label: b.label }))}
          protocols={form.protocols.map((p) => ({
            id: p.id,
            label: p.label,
            clauses: p.clauses.map((c) => ({ value: c.id, label: c.label })),
          }))}
          item={form.item}
          prefill={form.prefill}
          defaultDueLabel={formatCivilDate(form.defaultDueOn)}
        />
      )}
    </>
  );
}

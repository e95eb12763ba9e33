import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Tag } from "@/components/ui/tag";
import { highlightRuns } from "@/lib/highlight";
import { orNotFound, pageReader } from "@/server/auth/page";
import { viewerCanManageArea } from "@/server/authz/authorize-area";
import { viewerCan } from "@/server/authz/load-viewer";
import { getReview, type ReviewProposal } from "@/server/features/protocol-import/get-review";
import { CreatePartyBoardForm, MatchPartyForm, ProposalButtons, ReadAgainForm } from "./review-forms";

export const metadata: Metadata = { title: "Review the proposed rules" };

const STATUS: Record<ReviewProposal["status"], { words: string; tone: "yellow" | "green" | "blue" | "red" }> = {
  unreviewed: { words: "Not yet reviewed", tone: "yellow" },
  accepted: { words: "Accepted", tone: "green" },
  edited: { words: "Edited", tone: "blue" },
  rejected: { words: "Rejected", tone: "red" },
};

const KIND_WORDS = { board: "Board", post: "Post", organisation: "Organisation" } as const;
const MISSING_WORDS = { owner: "who owes it", recipient: "to whom", time: "when" } as const;
const list = (names: string[]) => (names.length ? names.join(", ") : "Not stated");

/** A clause's text with the words behind its proposals marked (the sentence lightly, the words strongly). */
function Highlighted({ text, quote, words }: { text: string; quote: string[]; words: string[] }) {
  return (
    <p className="mb-2 whitespace-pre-line">
      {highlightRuns(text, { quote, words }).map((run, i) =>
        run.level === 0 ? (
          run.text
        ) : (
          <mark key={i} className={run.level === 2 ? "bg-[#ffdd00] font-bold text-ink" : "bg-[#fff7bf] text-ink"}>
            {run.text}
          </mark>
        ),
      )}
    </p>
  );
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-2 sm:grid-cols-3">
      <dt className="font-bold">{term}</dt>
      <dd className="sm:col-span-2">{children}</dd>
    </div>
  );
}

/**
 * The reader's proposals beside the clauses they came from (issue 12): accept, edit in the rule
 * editor, or reject each; the parties it found, matched to the area; and the gaps it noticed.
 * Nothing here reaches a calendar until accepted and the protocol agreed.
 */
export default async function ReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ area: string; protocol: string }>;
  searchParams: Promise<{ show?: string | string[] }>;
}) {
  const { area: slug, protocol: id } = await params;
  const { show } = await searchParams;
  const reader = await pageReader();
  const review = await orNotFound(getReview(reader, slug, id));
  const { protocol, counts, fingerprint } = review;
  if (!protocol.parties.every((p) => viewerCan(reader.viewer, "protocol:manage", p.board))) notFound();
  const base = `/areas/${slug}/protocols/${protocol.id}`;
  const draft = protocol.status === "draft";
  const onlyUnreviewed = show === "unreviewed";
  const shown = review.proposals.filter((p) => !onlyUnreviewed || p.status === "unreviewed");
  const clauses = protocol.clauses.filter((c) => !onlyUnreviewed || shown.some((p) => p.clauseRef === c.ref));
  const canCreateBoards = draft && viewerCanManageArea(reader.viewer, review.area.id);
  const total = review.proposals.length;

  return (
    <>
      <PageHeader
        caption={`${protocol.title}, version ${protocol.version} (${protocol.status})`}
        title="Review the proposed rules"
      >
        Read from {review.source.fileName}. Each clause is shown beside the rules proposed from it, with the words each
        came from highlighted. Nothing reaches a calendar until it is accepted and the protocol is agreed.
      </PageHeader>
      <p className="mb-6">
        <Link className="text-brand underline" href={base}>
          Back to the protocol
        </Link>
      </p>

      <div className="mb-8 max-w-3xl border-l-8 border-brand bg-panel p-4">
        <p className="text-3xl font-bold" id="unreviewed-count">
          {counts.unreviewed} of {total} proposal{total === 1 ? "" : "s"} not yet reviewed
        </p>
        <p className="mt-2 text-lg">
          {counts.accepted} accepted, {counts.edited} edited, {counts.rejected} rejected.
        </p>
      </div>

      {!draft && (
        <p className="mb-6 max-w-3xl border-4 border-line p-4">
          Version {protocol.version} is {protocol.status}: its proposals can no longer be reviewed.
        </p>
      )}

      <SectionHeading>How to review</SectionHeading>
      <ol className="mb-6 max-w-3xl list-decimal space-y-3 pl-6 text-lg">
        <li>
          <Link className="text-brand underline" href={`${base}/clauses`}>
            Check the clauses
          </Link>{" "}
          against the document: their references, headings and text can be corrected before anything else. Then read
          them again, so the proposals follow the corrected text (those already reviewed are kept).
          {draft && (
            <div className="mt-3">
              <ReadAgainForm protocolId={protocol.id} fingerprint={fingerprint} />
            </div>
          )}
        </li>
        <li>
          <a className="text-brand underline" href="#parties">
            Check the parties
          </a>{" "}
          the document names: what each is in the area.
        </li>
        <li>
          <a className="text-brand underline" href="#clauses">
            Accept, edit or reject each proposal
          </a>
          .
        </li>
        <li>
          When the rules are right, the chair of each party board signs the protocol off on the{" "}
          <Link className="text-brand underline" href={base}>
            protocol&apos;s page
          </Link>
          .
        </li>
      </ol>

      <SectionHeading id="parties">Parties the document names</SectionHeading>
      {review.parties.length === 0 ? (
        <p className="mb-6">The reader found no boards, posts or organisations named in the document.</p>
      ) : (
        <ul className="max-w-4xl list-none space-y-6">
          {review.parties.map((party) => (
            <li key={party.key} className="border-l-4 border-line pl-4">
              <h3 className="text-xl font-bold">{party.name}</h3>
              <dl className="mb-3">
                <Detail term="Short form">{party.key}</Detail>
                <Detail term="Kind">{KIND_WORDS[party.kind]}</Detail>
                <Detail term="Where it is named">
                  <q>{party.quote}</q>
                </Detail>
                <Detail term="In the area">{party.matchedTo ?? "Not in the area"}</Detail>
              </dl>
              {draft && (
                <MatchPartyForm
                  protocolId={protocol.id}
                  fingerprint={fingerprint}
                  party={party.key}
                  name={party.name}
                  boards={review.choices.boards}
                  posts={review.choices.posts}
                  current={
                    party.match && party.match.kind !== "organisation" ? `${party.match.kind}:${party.match.id}` : null
                  }
                />
              )}
              {canCreateBoards && party.kind === "board" && !party.match && (
                <CreatePartyBoardForm
                  area={slug}
                  protocolId={protocol.id}
                  fingerprint={fingerprint}
                  party={party.key}
                  name={party.name}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      <SectionHeading id="clauses">Clauses and their proposals</SectionHeading>
      <nav aria-label="Which proposals to show" className="mb-6 flex flex-wrap gap-6 text-lg">
        <Link
          className={`text-brand underline ${onlyUnreviewed ? "font-bold" : ""}`}
          href={`${base}/review?show=unreviewed#clauses`}
          aria-current={onlyUnreviewed ? "page" : undefined}
        >
          Not yet reviewed only ({counts.unreviewed})
        </Link>
        <Link
          className={`text-brand underline ${onlyUnreviewed ? "" : "font-bold"}`}
          href={`${base}/review#clauses`}
          aria-current={onlyUnreviewed ? undefined : "page"}
        >
          All proposals ({total})
        </Link>
      </nav>
      {clauses.length === 0 && <p className="mb-6">No proposals are waiting for review.</p>}
      <ol className="list-none space-y-10">
        {clauses.map((clause) => {
          const own = shown.filter((p) => p.clauseRef === clause.ref);
          const quote = own.map((p) => p.quote);
          const words = shown.flatMap((p) =>
            p.because.filter((b) => (b.clause ?? p.clauseRef) === clause.ref).map((b) => b.words),
          );
          return (
            <li key={clause.id} className="grid gap-6 border-t-4 border-line pt-4 lg:grid-cols-2">
              <div>
                <h3 className="mb-2 text-xl font-bold">
                  Clause {clause.ref}
                  {clause.heading && <span className="font-normal text-muted"> – {clause.heading}</span>}
                </h3>
                {review.descriptive.has(clause.ref) && (
                  <p className="mb-2">
                    <Tag>Descriptive (no duty)</Tag>
                  </p>
                )}
                <Highlighted text={clause.text} quote={quote} words={words} />
              </div>
              <div>
                {own.length === 0 ? (
                  <p className="text-muted">No rules proposed from this clause.</p>
                ) : (
                  <ol className="list-none space-y-6">
                    {own.map((p, i) => {
                      const label = `the proposal ${i + 1} from clause ${clause.ref}: ${p.summary}`;
                      return (
                        <li key={p.id} className="border-l-4 border-brand pl-4">
                          <h4 className="text-lg font-bold">
                            {own.length > 1 ? `Proposal ${i + 1}: ` : ""}
                            {p.summary}
                          </h4>
                          <p className="my-1">
                            <Tag tone={STATUS[p.status].tone}>{STATUS[p.status].words}</Tag>
                          </p>
                          <dl>
                            <Detail term="Kind">{p.type === "membership" ? "Membership rule" : p.kind}</Detail>
                            {p.modality && <Detail term="Modality">{p.modality}</Detail>}
                            <Detail term={p.type === "membership" ? "Who must sit" : "Who owes it"}>
                              {list(p.from)}
                            </Detail>
                            <Detail term={p.type === "membership" ? "On the board" : "To whom"}>{list(p.to)}</Detail>
                            {p.cadence && <Detail term="When">{p.cadence}</Detail>}
                            {p.documents.length > 0 && <Detail term="Documents">{p.documents.join(", ")}</Detail>}
                            <Detail term="Confidence">{p.confidence}</Detail>
                            <Detail term="From the words">
                              <q>{p.quote}</q>
                            </Detail>
                          </dl>
                          {p.problems.length > 0 && (
                            <div className="mt-3 border-l-4 border-danger pl-3">
                              <p className="font-bold">It cannot be accepted as it stands: edit it.</p>
                              <ul className="list-disc pl-6">
                                {p.problems.map((problem) => (
                                  <li key={problem}>{problem}</li>
                                ))}
                              </ul>
                            </div>
                          )}
                          {p.obligationId && (p.status === "accepted" || p.status === "edited") && (
                            <p className="mt-2">
                              <Link className="text-brand underline" href={`${base}/rules/${p.obligationId}`}>
                                See the rule<span className="sr-only"> made from {label}</span>
                              </Link>
                            </p>
                          )}
                          {draft && (
                            <ProposalButtons
                              proposalId={p.id}
                              status={p.status}
                              canAccept={p.problems.length === 0}
                              editHref={`${base}/rules/new?proposal=${p.id}`}
                              label={label}
                            />
                          )}
                        </li>
                      );
                    })}
                  </ol>
                )}
              </div>
            </li>
          );
        })}
      </ol>

      <SectionHeading id="gaps">Gaps in the protocol the parties may want to close at the next revision</SectionHeading>
      {review.gaps.length === 0 ? (
        <p className="mb-6">The reader found no duty stated without an owner, a recipient or a time.</p>
      ) : (
        <>
          <p className="mb-4 max-w-3xl">
            Duties the text states without saying who owes them, to whom, or when. They are not errors in this reading:
            the protocol itself leaves them open.
          </p>
          <ul className="max-w-4xl list-none space-y-4">
            {review.gaps.map((gap, i) => (
              <li key={`${gap.clause}-${i}`} className="border-l-4 border-line pl-4">
                <p className="font-bold">Clause {gap.clause}</p>
                <p>
                  <q>{gap.quote}</q>
                </p>
                <p>
                  Missing: {gap.missing.map((m) => MISSING_WORDS[m]).join(", ")}
                  {gap.words ? ` (it says “${gap.words}”)` : ""}.
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

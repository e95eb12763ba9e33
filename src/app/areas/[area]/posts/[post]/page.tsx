import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getAreaPost } from "@/server/features/membership/get-area-post";
import { administersArea } from "@/server/authz/authorize-post";
import { directoryOptions } from "@/server/features/people/list-directory-options";
import { EditPostForm, RecordPostHolderForm } from "./form";

export const metadata: Metadata = { title: "Post" };

export default async function PostPage({ params }: { params: Promise<{ area: string; post: string }> }) {
  const { area: slug, post: rawKey } = await params;
  const reader = await pageReader();
  const { area, post, people } = await orNotFound(getAreaPost(reader, slug, decodeURIComponent(rawKey)));
  const options = administersArea(reader.viewer, area.id) ? await directoryOptions(reader, area.id) : null;
  return (
    <>
      <PageHeader
        caption={`${area.name}, ${post.organisation}${post.board ? `, ${post.board}` : ""}`}
        title={post.title}
      >
        {post.holder ? `Held by ${post.holder.name} since ${formatCivilDate(post.holder.from)}.` : "Vacant today."}
      </PageHeader>
      <SectionHeading>Holders</SectionHeading>
      {post.holdings.length === 0 ? (
        <p className="mb-6">No holder recorded.</p>
      ) : (
        <Table caption={`Holders of ${post.title}`} captionHidden head={["Person", "From", "To", ""]}>
          {post.holdings.map((h) => (
            <tr key={h.id}>
              <Td header>
                <Link className="text-brand underline" href={`/areas/${slug}/people/${h.slug}`}>
                  {h.name}
                </Link>
              </Td>
              <Td>{formatCivilDate(h.from)}</Td>
              <Td>{h.to ? formatCivilDate(h.to) : "Now"}</Td>
              <Td>
                {h.status === "current" ? (
                  <Tag tone="green">Current</Tag>
                ) : (
                  <Tag tone={h.status === "future" ? "blue" : "grey"}>
                    {h.status === "future" ? "From then" : "Past"}
                  </Tag>
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
      {post.canRecord ? (
        <>
          <SectionHeading id="new-holder">Record a new holder</SectionHeading>
          <p className="mb-4 max-w-3xl">
            The current holder&apos;s term ends the day before the new holder starts. Nothing is deleted: past holders
            stay on record.
          </p>
          <RecordPostHolderForm postId={post.id} people={people.map((p) => ({ value: p.id, label: p.name }))} />
        </>
      ) : (
        <p className="mt-6 max-w-3xl">
          {post.board
            ? `The ${post.board} secretariat, its chair or an administrator records a new holder of this post.`
            : "An administrator records a new holder of this area-wide post."}
        </p>
      )}
      {options && (
        <>
          <SectionHeading id="edit-post">Change the post</SectionHeading>
          <p className="mb-4 max-w-3xl">Its key, {post.key}, stays: the protocols&apos; duties name the post by it.</p>
          <EditPostForm post={post} organisations={options.organisations} boards={options.boards} />
        </>
      )}
      <p className="mt-6">
        <Link className="text-brand underline" href={`/areas/${slug}/posts`}>
          All posts in {area.name}
        </Link>
      </p>
    </>
  );
}

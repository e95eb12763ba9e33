import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { Table, Td } from "@/components/ui/table";
import { formatCivilDate } from "@/lib/dates";
import { orNotFound, pageReader } from "@/server/auth/page";
import { listAreaPosts } from "@/server/features/membership/list-area-posts";
import { directoryOptions } from "@/server/features/people/list-directory-options";
import { administersArea } from "@/server/authz/authorize-post";
import { CreatePostForm } from "./forms";

export const metadata: Metadata = { title: "Posts" };

export default async function PostsPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const reader = await pageReader();
  const { area, posts } = await orNotFound(listAreaPosts(reader, slug));
  const canManage = administersArea(reader.viewer, area.id);
  const options = canManage ? await directoryOptions(reader, area.id) : null;
  return (
    <>
      <PageHeader caption={area.name} title="Posts">
        The posts the protocols name (Director of Children&apos;s Services, Director of Public Health, the boards&apos;
        chairs) and who holds each today.
      </PageHeader>
      <Table caption={`Posts in ${area.name}`} captionHidden head={["Post", "Organisation", "Board", "Held by", ""]}>
        {posts.map((p) => (
          <tr key={p.id}>
            <Td header>
              <Link className="text-brand underline" href={`/areas/${slug}/posts/${encodeURIComponent(p.key)}`}>
                {p.title}
              </Link>
            </Td>
            <Td>{p.organisation}</Td>
            <Td>{p.board ?? "Area-wide"}</Td>
            <Td>
              {p.holder ? (
                <>
                  <Link className="text-brand underline" href={`/areas/${slug}/people/${p.holder.slug}`}>
                    {p.holder.name}
                  </Link>
                  , since {formatCivilDate(p.holder.from)}
                </>
              ) : (
                "Vacant"
              )}
            </Td>
            <Td>
              {p.canRecord && (
                <Link
                  className="text-brand underline"
                  href={`/areas/${slug}/posts/${encodeURIComponent(p.key)}#new-holder`}
                >
                  Record a new holder<span className="sr-only"> of {p.title}</span>
                </Link>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      <p className="mb-6">
        <Link className="text-brand underline" href={`/areas/${slug}/people`}>
          People in {area.name}
        </Link>
        {" · "}
        <Link className="text-brand underline" href={`/areas/${slug}/organisations`}>
          Organisations
        </Link>
      </p>
      {options && (
        <>
          <SectionHeading id="new-post">Add a post</SectionHeading>
          <CreatePostForm areaId={area.id} organisations={options.organisations} boards={options.boards} />
        </>
      )}
    </>
  );
}

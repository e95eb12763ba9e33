import { redirect } from "next/navigation";

export default async function AreaIndex({ params }: { params: Promise<{ area: string }> }) {
  const { area } = await params;
  redirect(`/areas/${area}/boards`);
}

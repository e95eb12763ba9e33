import type { Metadata } from "next";
import { BoardForm } from "@/components/boards/board-form";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, pageReader } from "@/server/auth/page";
import { getNewBoardForm } from "@/server/features/boards/get-board-form";
import { createBoardAction } from "./actions";

export const metadata: Metadata = { title: "Add a board" };

export default async function NewBoardPage({ params }: { params: Promise<{ area: string }> }) {
  const { area: slug } = await params;
  const { area, kinds } = await orNotFound(getNewBoardForm(await pageReader(), slug));
  return (
    <>
      <PageHeader caption={area.name} title="Add a board">
        A partnership board whose home is {area.name}. You can attach it to a second area afterwards.
      </PageHeader>
      <BoardForm action={createBoardAction} hidden={{ areaId: area.id }} kinds={kinds} submit="Add the board" />
    </>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/form";
import { generateBoardAction } from "./actions";

interface BoardPlan {
  boardId: string;
  name: string;
  fingerprint: string;
}
type Outcome = { board: string; text: string; ok: boolean };

/** Generates each board in turn, saying in words and numbers how far it has got. */
export function GenerateAll({ boards, fy, label }: { boards: BoardPlan[]; fy: number; label: string }) {
  const [progress, setProgress] = useState<string>("");
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [running, setRunning] = useState(false);

  async function run() {
    setRunning(true);
    setOutcomes([]);
    const done: Outcome[] = [];
    for (const [i, b] of boards.entries()) {
      setProgress(`Generating ${i + 1} of ${boards.length}: ${b.name}…`);
      const result = await generateBoardAction({ boardId: b.boardId, fy, fingerprint: b.fingerprint });
      done.push(
        result.ok && result.data
          ? {
              board: b.name,
              ok: true,
              text: `${result.data.created} new, ${result.data.updated} changed, ${result.data.retired} retired`,
            }
          : { board: b.name, ok: false, text: (!result.ok && result.formError) || "Not generated" },
      );
      setOutcomes([...done]);
    }
    const failed = done.filter((d) => !d.ok).length;
    setProgress(
      `Finished: ${boards.length - failed} of ${boards.length} boards generated${failed ? `, ${failed} not generated` : ""}.`,
    );
    setRunning(false);
  }

  return (
    <div>
      <form
        action={() => {
          void run();
        }}
      >
        <Button>{running ? "Generating…" : `Generate ${label} for all ${boards.length} boards`}</Button>
      </form>
      <p role="status" aria-live="polite" className="mt-4 text-xl font-bold">
        {progress}
      </p>
      {running && (
        <progress
          className="h-4 w-full max-w-xl"
          max={boards.length}
          value={outcomes.length}
          aria-label="Boards generated"
        />
      )}
      {outcomes.length > 0 && (
        <table className="mt-6 w-full max-w-3xl border-collapse text-left">
          <caption className="mb-2 text-left text-xl font-bold">Results</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4">
                Board
              </th>
              <th scope="col" className="border-b-2 border-ink py-2 pr-4">
                Outcome
              </th>
            </tr>
          </thead>
          <tbody>
            {outcomes.map((o) => (
              <tr key={o.board}>
                <th scope="row" className="border-b border-line py-2 pr-4 font-bold">
                  {o.board}
                </th>
                <td className={`border-b border-line py-2 pr-4 ${o.ok ? "" : "font-bold text-danger"}`}>{o.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

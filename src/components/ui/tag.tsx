import type { ReactNode } from "react";

const tones = {
  grey: "bg-[#eeefef] text-[#383f43]",
  blue: "bg-[#d2e2f1] text-[#0c2d4a]",
  green: "bg-[#cce2d8] text-[#005a30]",
  red: "bg-[#f4cdc6] text-[#2a0b06]",
  yellow: "bg-[#fff7bf] text-[#594d00]",
} as const;

/** A status tag: its words carry the meaning, the colour only repeats it. */
export function Tag({ tone = "grey", children }: { tone?: keyof typeof tones; children: ReactNode }) {
  return <strong className={`inline-block px-2 py-0.5 text-base font-bold ${tones[tone]}`}>{children}</strong>;
}

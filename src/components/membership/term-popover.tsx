"use client";

import { useEffect, useState } from "react";

/**
 * A capacity in the membership matrix whose term is shown on hover and on keyboard focus (a tap
 * pins it), as WCAG 2.2 1.4.13 asks of content on hover or focus: it stays while the pointer is
 * over it, and Escape dismisses it without moving the pointer or the focus. The CSS alone
 * (group-hover, group-focus-within) works without JavaScript; this component adds Escape and the tap.
 * Screen readers get the term as part of the button's name, so the visual copy is aria-hidden.
 */
export function TermPopover({ label, term }: { label: string; term: string }) {
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(false);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        setDismissed(true);
        setPinned(false);
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [active]);

  const reset = () => {
    setActive(false);
    setDismissed(false);
  };
  const visibility = dismissed ? "hidden" : pinned ? "block" : "hidden group-hover:block group-focus-within:block";
  return (
    <span
      className="group relative inline-block"
      onMouseEnter={() => setActive(true)}
      onMouseLeave={reset}
      onFocus={() => setActive(true)}
      onBlur={reset}
    >
      <button
        type="button"
        onClick={() => setPinned((p) => !p)}
        className="min-h-6 text-left font-bold underline decoration-dotted underline-offset-4"
      >
        {label}
        <span className="sr-only">, {term}</span>
      </button>
      <span
        aria-hidden="true"
        data-term-popover=""
        className={`${visibility} absolute top-full right-0 z-10 w-56 border-2 border-ink bg-white p-2 text-sm font-normal shadow-md`}
      >
        {term}
      </span>
    </span>
  );
}

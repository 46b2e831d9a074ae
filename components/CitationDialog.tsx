"use client";
// The citation view as a modal dialog over the page the reader came from.
// A native <dialog> opened with showModal(): focus moves in, Esc closes it,
// screen readers announce it; closing goes back, so focus and URL return.

import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";

export function CitationDialog({ children, closeLabel, labelledBy }: { children: React.ReactNode; closeLabel: string; labelledBy: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const router = useRouter();
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      aria-modal="true"
      onClose={() => router.back()}
      onClick={(e) => {
        if (e.target === ref.current) ref.current?.close(); // a click on the backdrop
      }}
      className="m-auto w-[min(52rem,95vw)] rounded-lg p-0 shadow-xl backdrop:bg-black/40"
      data-testid="citation-dialog"
    >
      <div className="max-h-[85vh] overflow-y-auto p-5">
        <form method="dialog" className="float-right">
          <button className="rounded border border-stone-300 px-2 py-0.5 text-sm" autoFocus>
            {closeLabel} ✕
          </button>
        </form>
        {children}
      </div>
    </dialog>
  );
}

export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="rounded border border-slate-300 bg-slate-50 px-1 font-mono text-[0.7rem] text-slate-600">{children}</kbd>
  );
}

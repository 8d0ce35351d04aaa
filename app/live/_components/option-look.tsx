// The look of option i, the same on the projector and the phones: a colour AND a shape, so a
// player who cannot tell red from green still finds "the triangle".
const LOOKS = [
  { shape: "triangle", className: "bg-rose-700 text-white" },
  { shape: "diamond", className: "bg-sky-700 text-white" },
  { shape: "circle", className: "bg-amber-400 text-slate-900" },
  { shape: "square", className: "bg-emerald-700 text-white" },
  { shape: "star", className: "bg-violet-700 text-white" },
  { shape: "hexagon", className: "bg-teal-800 text-white" },
] as const;

export function optionLook(i: number) {
  return LOOKS[i % LOOKS.length]!;
}

export function OptionShape({ index, className = "h-7 w-7" }: { index: number; className?: string }) {
  const { shape } = optionLook(index);
  const paths: Record<string, React.ReactNode> = {
    triangle: <polygon points="12,3 22,21 2,21" />,
    diamond: <polygon points="12,2 22,12 12,22 2,12" />,
    circle: <circle cx="12" cy="12" r="10" />,
    square: <rect x="3" y="3" width="18" height="18" />,
    star: <polygon points="12,2 15,9 22,9.5 16.5,14 18.5,21.5 12,17.5 5.5,21.5 7.5,14 2,9.5 9,9" />,
    hexagon: <polygon points="7,3 17,3 22,12 17,21 7,21 2,12" />,
  };
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className={`shrink-0 fill-current ${className}`}>
      {paths[shape]}
    </svg>
  );
}

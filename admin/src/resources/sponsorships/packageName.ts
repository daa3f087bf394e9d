/** Packages repeat each year under the same name, so the year tells them apart. */
export const packageName = (p: { name: string; year?: number | null }) => (p.year ? `${p.name} ${p.year}` : p.name);

import { generic } from '../generic';

// Starts from the generic screens; a hand-written set replaces this.
export default generic((r: { id: number; year: number | null }) => `Sponsorship #${r.id}${r.year ? ` (${r.year})` : ''}`);

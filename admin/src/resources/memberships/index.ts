import { generic } from '../generic';

// Starts from the generic screens; a hand-written set replaces this.
export default generic((r: { legal_name?: string; id: number }) => r.legal_name ?? `Membership #${r.id}`);

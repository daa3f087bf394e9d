import { generic } from '../generic';

// Starts from the generic screens; a hand-written set replaces this.
export default generic((r: { job_title: string; company_name: string }) => `${r.job_title} — ${r.company_name}`);

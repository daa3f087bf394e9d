import { generic } from '../generic';

// Starts from the generic screens; a hand-written set replaces this.
export default generic('name');

/** Every resource the API serves, handed to the generic layer by app.ts. Sessions are not among them: a session id is a credential. */
import type { ResourceDeclaration } from '../crud/types.js';
import * as community from './community.js';
import * as content from './content.js';
import * as downloads from '../releases/resource.js';
import * as events from './events.js';
import * as governance from './governance.js';
import * as jobs from '../jobBoard/resource.js';
import * as media from '../media/resource.js';
import * as people from './people.js';
import * as sponsors from './sponsors.js';
import * as sponsorships from '../sponsorships/resource.js';
import * as webhooks from '../webhooks/resource.js';
import * as blogs from '../blogs/resource.js';

export const resources: ResourceDeclaration[] = [
  people,
  content,
  media,
  downloads,
  events,
  jobs,
  community,
  sponsors,
  sponsorships,
  governance,
  blogs,
  webhooks,
].flatMap((group) => Object.values(group));

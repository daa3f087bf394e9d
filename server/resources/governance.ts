import { defineResource } from '../crud/resource.js';
import { Election } from '../entities/Election.js';
import { ElectionKind } from '../entities/ElectionKind.js';
import { Minutes } from '../entities/Minutes.js';
import { Nomination } from '../entities/Nomination.js';
import { Nominee } from '../entities/Nominee.js';
import { WorkGroup } from '../entities/WorkGroup.js';

export const electionKinds = defineResource(ElectionKind, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  sort: ['name'],
  defaultSort: ['name', 'ASC'],
});

export const elections = defineResource(Election, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['kind_id', 'date', 'slug'],
  sort: ['date', 'name'],
  defaultSort: ['date', 'DESC'],
});

export const nominees = defineResource(Nominee, {
  access: { write: ['content_editor'] },
  quickSearch: 'slug',
  filters: ['election_id', 'user_id', 'accepted', 'approved'],
  sort: ['slug', 'created'],
  defaultSort: ['created', 'DESC'],
});

export const nominations = defineResource(Nomination, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['election_id', 'nominee_id', 'nominator_id', 'accepted', 'approved', 'is_endorsement'],
  sort: ['name', 'created'],
  defaultSort: ['created', 'DESC'],
});

export const minutes = defineResource(Minutes, {
  access: { write: ['content_editor'] },
  search: ['content'],
  filters: ['date', 'is_published'],
  sort: ['date', 'updated'],
  defaultSort: ['date', 'DESC'],
});

export const workGroups = defineResource(WorkGroup, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['slug', 'active', 'approved'],
  sort: ['name', 'created'],
  defaultSort: ['name', 'ASC'],
});

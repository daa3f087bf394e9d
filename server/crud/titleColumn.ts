import type { ResourceModel } from './types.js';

const TITLES = ['title', 'name', 'label', 'job_title'];

/** The column that names one of a resource's records to a person (a page's title, a box's label), if it has one. */
export const titleColumnOf = (model: ResourceModel): string | undefined => TITLES.find((column) => model.columns.has(column));

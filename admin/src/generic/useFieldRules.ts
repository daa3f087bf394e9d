import { useMemo } from 'react';
import { useResourceContext, type Validator } from 'react-admin';
import { useResourceMeta, type FieldMeta } from '../api/meta';
import { validatorsFor } from './validators';

/** A resource's rules by field name: `rules('slug')` its validators, `rules.field('slug')` its declaration. */
export interface FieldRules {
  /** The server's checks for the field (required, lengths, patterns, prefixes); none for a field it does not declare. */
  (name: string): Validator[];
  field(name: string): FieldMeta | undefined;
}

/**
 * What a hand-written form needs of the server's declaration, in one line:
 * `const rules = useFieldRules('jobs'); if (!rules) return <Loading />;` then `validate={rules('job_title')}`.
 * The resource is the one in context when none is named; undefined until the declarations are loaded.
 * `create` makes write-only fields (a new user's password) required, as they are on create only.
 */
export function useFieldRules(resource?: string, { create = false }: { create?: boolean } = {}): FieldRules | undefined {
  const meta = useResourceMeta(useResourceContext({ resource }) ?? '');
  return useMemo(() => {
    if (!meta) return undefined;
    const field = (name: string) => meta.fields.find((f) => f.name === name);
    const rules = (name: string) => {
      const declared = field(name);
      return declared ? validatorsFor(declared, { create }) : [];
    };
    return Object.assign(rules, { field });
  }, [meta, create]);
}

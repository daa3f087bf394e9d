import { Loading, useResourceContext } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { inputFor } from './inputFor';

/** Inputs for every writable field, in table order; shared by the generic create and edit screens. */
export function GenericInputs({ create = false, omit = [] }: { create?: boolean; omit?: string[] }) {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  if (!meta) return <Loading />;
  return <>{meta.fields.filter((f) => f.writable && !omit.includes(f.name)).map((f) => inputFor(f, { create }))}</>;
}

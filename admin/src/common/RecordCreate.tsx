import type { ReactNode } from 'react';
import { Create, type CreateProps } from 'react-admin';

/** Create that lands on the new record's edit screen, where its history and related records live. */
export function RecordCreate({ children, ...props }: CreateProps & { children: ReactNode }) {
  return (
    <Create redirect="edit" {...props}>
      {children}
    </Create>
  );
}

import { Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { CreateButton, DataTable, ReferenceManyField, useRecordContext, type SortPayload } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { RelatedSection } from './RelatedSection';

interface RelatedRecordsProps {
  title: string;
  reference: string;
  /** The reference's column holding this record's id; also prefilled on records added from here. */
  target: string;
  sort: SortPayload;
  addLabel: string;
  emptyText: string;
  children: ReactNode;
}

/**
 * The records of another resource that point at this one, with a shortcut to add one already pointing
 * here. Rows open on their own screens, where they are saved.
 */
export function RelatedRecords({ title, reference, target, sort, addLabel, emptyText, children }: RelatedRecordsProps) {
  const record = useRecordContext();
  const { write } = useAccess(reference);
  if (!record) return null;
  const add = write && <CreateButton resource={reference} label={addLabel} state={{ record: { [target]: record.id } }} />;
  return (
    <RelatedSection title={title} action={add}>
      <ReferenceManyField
        reference={reference}
        target={target}
        sort={sort}
        perPage={50}
        empty={<Typography sx={{ py: 1 }}>{emptyText}</Typography>}
      >
        <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={false}>
          {children}
        </DataTable>
      </ReferenceManyField>
    </RelatedSection>
  );
}

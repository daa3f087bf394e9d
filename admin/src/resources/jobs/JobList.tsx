import { DataTable, DateField, List, ReferenceField, TextField, useListContext } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { DraftChip } from '../../drafts/DraftChip';
import { BulkReviewButtons } from './BulkReviewButtons';
import { JobLocationField } from './JobLocationField';
import { JobPostedField } from './JobPostedField';
import { JobQueueTabs } from './JobQueueTabs';
import { JobStatusChip } from './JobStatusChip';
import { JobTitleField } from './JobTitleField';
import { ReviewRowButtons } from './ReviewRowButtons';
import { NothingToReview } from './NothingToReview';
import { jobFilters } from './jobFilters';

/**
 * The rows; in the review queue (and only there, unfiltered) an empty result is good news. There
 * moderators also get approve/reject on each row and for a selection.
 */
function JobTable() {
  const { write } = useAccess('jobs');
  const { filterValues } = useListContext();
  const inQueue = filterValues.status === 'review';
  const reviewing = inQueue && write;
  return (
    <DataTable
      rowClick={write ? 'edit' : 'show'}
      bulkActionButtons={reviewing ? <BulkReviewButtons /> : false}
      empty={inQueue && Object.keys(filterValues).length === 1 ? <NothingToReview /> : undefined}
    >
      <DataTable.Col source="job_title" label="Job title">
        <JobTitleField />
        <DraftChip />
      </DataTable.Col>
      <DataTable.Col source="company_name" label="Company" field={TextField} />
      <DataTable.Col source="country" label="Location" field={JobLocationField} />
      <DataTable.Col source="category_id" label="Category" disableSort>
        <ReferenceField source="category_id" reference="job-categories" link={false} />
      </DataTable.Col>
      {/* Every row of the queue awaits review: the column would only repeat it. */}
      {!inQueue && <DataTable.Col source="status" label="Status" field={JobStatusChip} />}
      <DataTable.Col source="created" label="Posted" field={JobPostedField} />
      <DataTable.Col source="expires" label="Expires">
        <DateField source="expires" emptyText="—" />
      </DataTable.Col>
      {reviewing && <DataTable.Col label="Decision" disableSort field={ReviewRowButtons} />}
    </DataTable>
  );
}

/**
 * Job postings, newest first, or (the "To review" tab) the review queue, oldest first. Status is a
 * chip here and on the edit screen: it changes only through the moderation actions.
 */
export function JobList() {
  return (
    <List sort={{ field: 'created', order: 'DESC' }} filters={jobFilters} actions={<ListActions />}>
      <JobQueueTabs />
      <JobTable />
    </List>
  );
}

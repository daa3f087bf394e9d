import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { JobInputs } from './JobInputs';
import { JobReviewPanel } from './JobReviewPanel';

/** Never sends status: it changes only through the moderation endpoints (docs/api.md, "Job moderation"). */
const withoutStatus = ({ status: _status, ...job }: Record<string, unknown>) => job;

/** The job's form, its moderation actions (in the status line) and, beside it, the review history and comments. */
export function JobEdit() {
  return (
    <RecordEdit transform={withoutStatus} aside={<JobReviewPanel />} sx={{ '& .RaEdit-main': { flexWrap: { xs: 'wrap', lg: 'nowrap' } } }}>
      <RecordForm>
        <JobInputs />
      </RecordForm>
    </RecordEdit>
  );
}

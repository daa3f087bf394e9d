import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { SponsorshipAside } from './SponsorshipAside';
import { SponsorshipInputs } from './SponsorshipInputs';
import { SponsorshipStatusLine } from './SponsorshipStatusLine';
import { SponsorshipTitle } from './SponsorshipTitle';

/** Never sends the status or its dates: they change only through the workflow (docs/api.md, "Sponsorships and contracts"). */
const withoutWorkflowFields = ({
  status: _status,
  approved_on: _approved,
  rejected_on: _rejected,
  finalized_on: _finalized,
  overlapped_by_id: _overlapped,
  ...sponsorship
}: Record<string, unknown>) => sponsorship;

/** The sponsorship's form with its steps on top, and beside it the contract panel and the history. */
export function SponsorshipEdit() {
  return (
    <RecordEdit
      title={<SponsorshipTitle />}
      transform={withoutWorkflowFields}
      aside={<SponsorshipAside />}
      sx={{ '& .RaEdit-main': { flexWrap: { xs: 'wrap', lg: 'nowrap' } } }}
    >
      <RecordForm>
        <SponsorshipStatusLine />
        <SponsorshipInputs />
      </RecordForm>
    </RecordEdit>
  );
}

import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { SponsorshipInputs } from './SponsorshipInputs';
import { SponsorshipTitle } from './SponsorshipTitle';

export function SponsorshipEdit() {
  return (
    <RecordEdit title={<SponsorshipTitle />}>
      <RecordForm>
        <SponsorshipInputs />
      </RecordForm>
    </RecordEdit>
  );
}

import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { SponsorshipInputs } from './SponsorshipInputs';

// applied_on is NOT NULL with today as the database default: an empty date input would send null.
const defaults = () => ({
  locked: false,
  for_modified_package: false,
  level_name_old: '',
  applied_on: new Date().toISOString().slice(0, 10),
});

export function SponsorshipCreate() {
  return (
    <RecordCreate title="New sponsorship">
      <RecordForm defaultValues={defaults}>
        <SponsorshipInputs />
      </RecordForm>
    </RecordCreate>
  );
}

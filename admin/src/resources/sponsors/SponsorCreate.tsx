import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { SponsorInputs } from './SponsorInputs';

/** After saving, the edit screen opens, where sponsorships and contacts can be added. */
export function SponsorCreate() {
  return (
    <RecordCreate title="New sponsor">
      <RecordForm
        defaultValues={{ country: '', mailing_address_line_1: '', mailing_address_line_2: '', city: '', state: '', postal_code: '' }}
      >
        <SponsorInputs />
      </RecordForm>
    </RecordCreate>
  );
}

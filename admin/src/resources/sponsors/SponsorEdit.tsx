import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { RecordTitle } from '../../common/RecordTitle';
import { SponsorContacts } from './SponsorContacts';
import { SponsorInputs } from './SponsorInputs';
import { SponsorSponsorships } from './SponsorSponsorships';

/**
 * The sponsor's own fields, then its sponsorships and contacts. Those lists sit below the form: they
 * are separate records, saved on their own screens, not by this form's Save.
 */
export function SponsorEdit() {
  return (
    <RecordEdit title={<RecordTitle prefix="Sponsor" source="name" />}>
      <RecordForm>
        <SponsorInputs />
      </RecordForm>
      <SponsorSponsorships />
      <SponsorContacts />
    </RecordEdit>
  );
}

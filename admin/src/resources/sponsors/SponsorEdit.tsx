import { useRecordContext } from 'react-admin';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { SponsorContacts } from './SponsorContacts';
import { SponsorInputs } from './SponsorInputs';
import { SponsorSponsorships } from './SponsorSponsorships';

function SponsorTitle() {
  const sponsor = useRecordContext();
  return <>Sponsor {sponsor?.name}</>;
}

/**
 * The sponsor's own fields, then its sponsorships and contacts. Those lists sit below the form: they
 * are separate records, saved on their own screens, not by this form's Save.
 */
export function SponsorEdit() {
  return (
    <RecordEdit title={<SponsorTitle />}>
      <RecordForm>
        <SponsorInputs />
      </RecordForm>
      <SponsorSponsorships />
      <SponsorContacts />
    </RecordEdit>
  );
}

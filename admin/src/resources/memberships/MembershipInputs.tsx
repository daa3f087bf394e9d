import {
  AutocompleteInput,
  BooleanInput,
  DateTimeInput,
  Loading,
  NullableBooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import { MEMBERSHIP_TYPES } from '../../../../server/domain/enums';
import { useFieldRules } from '../../generic/useFieldRules';
import { FormSection } from '../../common/FormSection';

const byUsername = { field: 'username', order: 'ASC' } as const;

/** The membership form shared by create and edit, in the three groups staff think in. */
export function MembershipInputs() {
  const rules = useFieldRules('memberships');
  if (!rules) return <Loading />;
  return (
    <>
      <FormSection title="Membership" columns={2} first>
        <ReferenceInput source="creator_id" reference="users" sort={byUsername}>
          <AutocompleteInput label="User account" validate={rules('creator_id')} helperText="One membership per account." />
        </ReferenceInput>
        <SelectInput source="membership_type" label="Membership type" choices={MEMBERSHIP_TYPES} validate={rules('membership_type')} />
        <BooleanInput source="votes" label="Voting member" />
        <DateTimeInput source="last_vote_affirmation" label="Last affirmed voting intent" validate={rules('last_vote_affirmation')} />
      </FormSection>

      <FormSection title="Contact — personal data" help="Only superusers and content editors can see this." columns={2}>
        <TextInput source="legal_name" label="Legal name" validate={rules('legal_name')} />
        <TextInput source="preferred_name" label="Preferred name" validate={rules('preferred_name')} />
        <TextInput
          source="email_address"
          label="Email address"
          type="email"
          validate={rules('email_address')}
          sx={{ gridColumn: '1 / -1' }}
        />
        <TextInput source="city" validate={rules('city')} />
        <TextInput source="region" label="Region or state" validate={rules('region')} />
        <TextInput source="postal_code" label="Postal code" validate={rules('postal_code')} />
        <TextInput source="country" validate={rules('country')} />
      </FormSection>

      <FormSection title="Consent" columns={2}>
        <NullableBooleanInput source="psf_code_of_conduct" label="Agrees to the PSF Code of Conduct" nullLabel="Not asked" />
        <NullableBooleanInput source="psf_announcements" label="Wants PSF announcements" nullLabel="Not asked" />
      </FormSection>
    </>
  );
}

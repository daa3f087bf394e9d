import {
  AutocompleteInput,
  BooleanInput,
  DateInput,
  Loading,
  NullableBooleanInput,
  NumberInput,
  ReferenceInput,
  TextInput,
} from 'react-admin';
import { InputGroup } from '../../common/InputGroup';
import { InputRow } from '../../common/InputRow';
import { blankAsEmpty } from '../../generic/inputFor';
import { useFieldRules } from '../../generic/useFieldRules';
import { PackageBenefits } from './PackageBenefits';
import { packageName } from './packageName';

/** A sponsorship's terms, its dates and its bookkeeping; shared by create and edit (the status and its dates are the workflow's). */
export function SponsorshipInputs() {
  const rules = useFieldRules('sponsorships');
  if (!rules) return <Loading />;
  const date = (source: string, label: string) => <DateInput source={source} label={label} validate={rules(source)} />;
  return (
    <>
      <InputGroup title="Sponsorship">
        <InputRow min={220}>
          <ReferenceInput source="sponsor_id" reference="sponsors" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput label="Sponsor" validate={rules('sponsor_id')} />
          </ReferenceInput>
          <ReferenceInput source="package_id" reference="sponsorship-packages" sort={{ field: 'year', order: 'DESC' }}>
            <AutocompleteInput label="Package" optionText={packageName} validate={rules('package_id')} />
          </ReferenceInput>
        </InputRow>
        <InputRow min={220}>
          <NumberInput source="year" step={1} validate={rules('year')} />
          <NumberInput source="sponsorship_fee" label="Fee (USD)" step={1} validate={rules('sponsorship_fee')} />
        </InputRow>
        <InputRow min={220}>
          <NullableBooleanInput
            source="renewal"
            label="Renewal"
            nullLabel="Not known"
            trueLabel="Yes, a renewal"
            falseLabel="No, a new sponsorship"
          />
          <BooleanInput source="for_modified_package" label="Package modified for this sponsor" />
          <BooleanInput
            source="locked"
            helperText="Set when the application is decided: its sponsor, package, fee, dates and benefits are fixed until unlocked."
          />
        </InputRow>
        <PackageBenefits />
      </InputGroup>
      <InputGroup title="Dates">
        <InputRow min={220}>
          {date('start_date', 'Starts')}
          {date('end_date', 'Ends')}
        </InputRow>
        <InputRow min={170}>{date('applied_on', 'Applied on')}</InputRow>
      </InputGroup>
      <InputGroup title="Records">
        <InputRow min={220}>
          <ReferenceInput source="submitted_by_id" reference="users" sort={{ field: 'username', order: 'ASC' }}>
            <AutocompleteInput label="Submitted by" helperText="The python.org user who applied." />
          </ReferenceInput>
        </InputRow>
        <TextInput
          source="level_name_old"
          label="Old level name"
          parse={blankAsEmpty}
          validate={rules('level_name_old')}
          helperText="From before packages existed; kept until checked."
        />
      </InputGroup>
    </>
  );
}

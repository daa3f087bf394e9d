import { Loading, TextInput } from 'react-admin';
import { useFieldRules } from '../../generic/useFieldRules';
import { InputGroup } from '../../common/InputGroup';
import { InputRow } from '../../common/InputRow';
import { blankAsEmpty } from '../../generic/inputFor';
import { CountryInput } from './CountryInput';
import { MediaInput } from '../../media/MediaInput';

/** A sponsor's fields in the three groups staff think in; shared by create and edit. */
export function SponsorInputs() {
  const rules = useFieldRules('sponsors');
  if (!rules) return <Loading />;
  // Address lines and the like are NOT NULL with '' for "not given" (as in Django): a cleared input must send '', not null.
  const blank = (name: string) => (rules.field(name)?.nullable === false ? blankAsEmpty : undefined);
  const text = (source: string, label?: string, helperText?: string) => (
    <TextInput source={source} label={label} validate={rules(source)} parse={blank(source)} helperText={helperText} />
  );
  // Each logo: a file of the media library, or (python.org's older records) the URL of one elsewhere.
  const logo = (source: string, label: string, helperText: string) => (
    <InputRow min={260}>
      <MediaInput source={`${source}_media_id`} label={label} kind="image" helperText={helperText} />
      {text(source, `${label} URL`, 'Only when the logo is not in the library.')}
    </InputRow>
  );
  return (
    <>
      <InputGroup title="Sponsor">
        <InputRow min={260}>
          <TextInput source="name" validate={rules('name')} />
          {text('primary_phone', 'Primary phone')}
        </InputRow>
        <TextInput
          source="description"
          validate={rules('description')}
          multiline
          minRows={3}
          fullWidth
          helperText="Shown on the sponsors page."
        />
      </InputGroup>
      <InputGroup title="Links & logos">
        <InputRow min={260}>
          {text('landing_page_url', 'Landing page URL', 'Where the sponsor’s logo links to.')}
          {text('twitter_handle', 'Twitter handle')}
        </InputRow>
        <InputRow min={260}>{text('linked_in_page_url', 'LinkedIn page URL')}</InputRow>
        {logo('web_logo', 'Web logo', 'Shown on python.org. A library image, or else the URL of one.')}
        {logo('white_logo', 'White logo', 'For dark backgrounds.')}
        {logo('print_logo', 'Print logo', 'High resolution, for printed material.')}
      </InputGroup>
      <InputGroup title="Address">
        <InputRow min={260}>
          {text('mailing_address_line_1', 'Address line 1')}
          {text('mailing_address_line_2', 'Address line 2')}
        </InputRow>
        <InputRow min={260}>
          {text('city')}
          {text('state', 'State or region')}
          {text('postal_code')}
        </InputRow>
        <InputRow min={260}>
          <CountryInput source="country" label="Country" validate={rules('country')} />
          <CountryInput
            source="country_of_incorporation"
            label="Country of incorporation"
            nullable
            validate={rules('country_of_incorporation')}
          />
          {text('state_of_incorporation', 'State of incorporation')}
        </InputRow>
      </InputGroup>
    </>
  );
}

import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Loading, TextInput } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { rulesFor } from '../../generic/validators';
import { CountryInput } from './CountryInput';
import { blankAsEmpty } from '../../generic/inputFor';

const Section = ({ title, children }: { title: string; children: ReactNode }) => (
  <Box sx={{ width: '100%', maxWidth: 860, mb: 2 }}>
    <Typography variant="h6" gutterBottom>
      {title}
    </Typography>
    {children}
  </Box>
);

const Row = ({ children }: { children: ReactNode }) => <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', '& > *': { flex: '1 1 260px' } }}>{children}</Box>;

/** A sponsor's fields in the three groups staff think in; shared by create and edit. */
export function SponsorInputs() {
  const meta = useResourceMeta('sponsors');
  if (!meta) return <Loading />;
  const rules = rulesFor(meta);
  // Address lines and the like are NOT NULL with '' for "not given" (as in Django): a cleared input must send '', not null.
  const blank = (name: string) => (meta.fields.find((f) => f.name === name)?.nullable === false ? blankAsEmpty : undefined);
  const text = (source: string, label?: string, helperText?: string) => (
    <TextInput source={source} label={label} validate={rules(source)} parse={blank(source)} helperText={helperText} />
  );
  return (
    <>
      <Section title="Sponsor">
        <Row>
          <TextInput source="name" validate={rules('name')} />
          {text('primary_phone', 'Primary phone')}
        </Row>
        <TextInput source="description" validate={rules('description')} multiline minRows={3} fullWidth helperText="Shown on the sponsors page." />
      </Section>
      <Section title="Links & logos">
        <Row>
          {text('landing_page_url', 'Landing page URL', 'Where the sponsor’s logo links to.')}
          {text('twitter_handle', 'Twitter handle')}
        </Row>
        <Row>{text('linked_in_page_url', 'LinkedIn page URL')}</Row>
        <Row>
          {text('web_logo', 'Web logo', 'File path in the media storage, e.g. sponsor_web_logos/acme.png.')}
          {text('white_logo', 'White logo', 'For dark backgrounds.')}
          {text('print_logo', 'Print logo', 'High resolution, for printed material.')}
        </Row>
      </Section>
      <Section title="Address">
        <Row>
          {text('mailing_address_line_1', 'Address line 1')}
          {text('mailing_address_line_2', 'Address line 2')}
        </Row>
        <Row>
          {text('city')}
          {text('state', 'State or region')}
          {text('postal_code')}
        </Row>
        <Row>
          <CountryInput source="country" label="Country" validate={rules('country')} />
          <CountryInput source="country_of_incorporation" label="Country of incorporation" nullable validate={rules('country_of_incorporation')} />
          {text('state_of_incorporation', 'State of incorporation')}
        </Row>
      </Section>
    </>
  );
}

import { useQuery } from '@tanstack/react-query';
import { AutocompleteArrayInput, FormDataConsumer, Loading, PasswordInput, SelectInput, TextInput } from 'react-admin';
import { useFieldRules } from '../generic/useFieldRules';
import { fetchEventTypes } from './webhooksApi';

const KINDS = [
  { id: 'webhook', name: 'Webhook (signed POST of each event)' },
  { id: 'fastly_purge', name: 'CDN purge (Fastly-compatible)' },
];

/** A webhook's settings, shared by the create and edit screens; its kind is chosen once. */
export function WebhookInputs({ create = false }: { create?: boolean }) {
  const rules = useFieldRules('webhooks');
  const types = useQuery({ queryKey: ['webhooks', 'event-types'], queryFn: fetchEventTypes, staleTime: Infinity });
  if (!rules || !types.data) return <Loading />;
  const resources = [...new Set(types.data.filter((t) => /\.(created|updated|deleted)$/.test(t)).map((t) => t.split('.')[0]))].sort();
  return (
    <>
      <TextInput source="name" validate={rules('name')} helperText="Who is told: a site build, a chat bot, the CDN." fullWidth />
      <SelectInput source="kind" choices={KINDS} defaultValue="webhook" disabled={!create} validate={rules('kind')} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === 'fastly_purge' ? (
            <>
              <TextInput
                source="url"
                label="API base URL"
                validate={rules('url')}
                helperText="e.g. https://api.fastly.com: purges are POSTed to {base}/service/{service id}/purge."
                fullWidth
              />
              <TextInput source="service_id" label="Service id" validate={rules('service_id')} fullWidth />
              <PasswordInput
                source="token"
                label="API token (Fastly-Key)"
                autoComplete="new-password"
                parse={(v: string) => (v === '' ? undefined : v)}
                helperText={create ? 'Sent as Fastly-Key; never shown again.' : 'Leave empty to keep the current one.'}
                fullWidth
              />
            </>
          ) : (
            <TextInput
              source="url"
              label="Receiver URL"
              validate={rules('url')}
              helperText="Where events are POSTed, signed (Standard Webhooks). Private addresses are refused unless the server allows them."
              fullWidth
            />
          )
        }
      </FormDataConsumer>
      <AutocompleteArrayInput
        source="events"
        choices={types.data.map((t) => ({ id: t, name: t }))}
        helperText="Empty: every event. Named events (release.published, page.unpublished…) are what most receivers want."
        fullWidth
      />
      <SelectInput
        source="resource_filter"
        label="Only changes of"
        choices={resources.map((r) => ({ id: r, name: r }))}
        emptyText="Every resource"
        parse={(v: string) => v || null}
        helperText="Narrow it to one resource, e.g. releases."
      />
    </>
  );
}

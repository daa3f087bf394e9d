import { useState } from 'react';
import { Create, SimpleForm, useRedirect } from 'react-admin';
import { SecretDialog } from './SecretDialog';
import { WebhookInputs } from './WebhookInputs';

/** A new webhook: the server answers with its signing secret, shown here once, then the edit screen opens. */
export function WebhookCreate() {
  const [created, setCreated] = useState<{ id: number; secret: string | null } | null>(null);
  const redirect = useRedirect();
  const done = () => created && redirect('edit', 'webhooks', created.id);
  return (
    <>
      <Create
        mutationOptions={{
          onSuccess: (record: { id: number; secret?: string }) => {
            if (record.secret) setCreated({ id: record.id, secret: record.secret });
            else redirect('edit', 'webhooks', record.id);
          },
        }}
      >
        <SimpleForm>
          <WebhookInputs create />
        </SimpleForm>
      </Create>
      <SecretDialog secret={created?.secret ?? null} onClose={() => done()} />
    </>
  );
}

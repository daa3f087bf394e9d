import { RecordEdit } from '../common/RecordEdit';
import { RecordForm } from '../common/RecordForm';
import { RecordTitle } from '../common/RecordTitle';
import { DeliveryLog } from './DeliveryLog';
import { WebhookActions } from './WebhookActions';
import { WebhookHeaders } from './WebhookHeaders';
import { WebhookInputs } from './WebhookInputs';

/** A webhook's state and actions, its settings, its headers, and its delivery log. */
export function WebhookEdit() {
  return (
    <RecordEdit title={<RecordTitle prefix="Integration" source="name" />}>
      <WebhookActions />
      <RecordForm>
        <WebhookInputs />
      </RecordForm>
      <WebhookHeaders />
      <DeliveryLog />
    </RecordEdit>
  );
}

import HubIcon from '@mui/icons-material/Hub';
import { GenericShow } from '../generic/GenericShow';
import { WebhookCreate } from './WebhookCreate';
import { WebhookEdit } from './WebhookEdit';
import { WebhookList } from './WebhookList';

export default {
  list: WebhookList,
  edit: WebhookEdit,
  create: WebhookCreate,
  show: GenericShow,
  icon: HubIcon,
  recordRepresentation: 'name',
};

import PlaceIcon from '@mui/icons-material/Place';
import { GenericShow } from '../../generic/GenericShow';
import { EventLocationCreate } from './EventLocationCreate';
import { EventLocationEdit } from './EventLocationEdit';
import { EventLocationList } from './EventLocationList';

export default {
  list: EventLocationList,
  edit: EventLocationEdit,
  create: EventLocationCreate,
  show: GenericShow,
  icon: PlaceIcon,
  recordRepresentation: 'name',
};

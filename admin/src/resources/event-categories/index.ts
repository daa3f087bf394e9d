import CategoryIcon from '@mui/icons-material/Category';
import { GenericShow } from '../../generic/GenericShow';
import { EventCategoryCreate } from './EventCategoryCreate';
import { EventCategoryEdit } from './EventCategoryEdit';
import { EventCategoryList } from './EventCategoryList';

export default {
  list: EventCategoryList,
  edit: EventCategoryEdit,
  create: EventCategoryCreate,
  show: GenericShow,
  icon: CategoryIcon,
  recordRepresentation: 'name',
};

import WidgetsIcon from '@mui/icons-material/Widgets';
import { BoxCreate } from './BoxCreate';
import { BoxEdit } from './BoxEdit';
import { BoxList } from './BoxList';
import { BoxShow } from './BoxShow';

export default {
  list: BoxList,
  edit: BoxEdit,
  create: BoxCreate,
  show: BoxShow,
  icon: WidgetsIcon,
  recordRepresentation: 'label',
};

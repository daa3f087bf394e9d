import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { GenericShow } from '../../generic/GenericShow';
import { CalendarCreate } from './CalendarCreate';
import { CalendarEdit } from './CalendarEdit';
import { CalendarList } from './CalendarList';

export default {
  list: CalendarList,
  edit: CalendarEdit,
  create: CalendarCreate,
  show: GenericShow,
  icon: CalendarMonthIcon,
  recordRepresentation: 'name',
};

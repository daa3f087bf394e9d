import ComputerIcon from '@mui/icons-material/Computer';
import { GenericShow } from '../../generic/GenericShow';
import { OperatingSystemCreate } from './OperatingSystemCreate';
import { OperatingSystemEdit } from './OperatingSystemEdit';
import { OperatingSystemList } from './OperatingSystemList';

export default {
  list: OperatingSystemList,
  edit: OperatingSystemEdit,
  create: OperatingSystemCreate,
  show: GenericShow,
  icon: ComputerIcon,
  recordRepresentation: 'name',
};

import LabelIcon from '@mui/icons-material/Label';
import { GenericShow } from '../../generic/GenericShow';
import { JobTypeCreate } from './JobTypeCreate';
import { JobTypeEdit } from './JobTypeEdit';
import { JobTypeList } from './JobTypeList';

export default {
  list: JobTypeList,
  edit: JobTypeEdit,
  create: JobTypeCreate,
  show: GenericShow,
  icon: LabelIcon,
  recordRepresentation: 'name',
};

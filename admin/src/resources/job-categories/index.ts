import CategoryIcon from '@mui/icons-material/Category';
import { GenericShow } from '../../generic/GenericShow';
import { JobCategoryCreate } from './JobCategoryCreate';
import { JobCategoryEdit } from './JobCategoryEdit';
import { JobCategoryList } from './JobCategoryList';

export default {
  list: JobCategoryList,
  edit: JobCategoryEdit,
  create: JobCategoryCreate,
  show: GenericShow,
  icon: CategoryIcon,
  recordRepresentation: 'name',
};

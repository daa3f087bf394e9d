import ArticleIcon from '@mui/icons-material/Article';
import { PageCreate } from './PageCreate';
import { PageEdit } from './PageEdit';
import { PageList } from './PageList';
import { PageShow } from './PageShow';

export default {
  list: PageList,
  edit: PageEdit,
  create: PageCreate,
  show: PageShow,
  icon: ArticleIcon,
  recordRepresentation: 'title',
};

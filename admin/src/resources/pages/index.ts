import ArticleIcon from '@mui/icons-material/Article';
import { PageList } from './PageList';

export default { list: PageList, icon: ArticleIcon, recordRepresentation: 'title' };

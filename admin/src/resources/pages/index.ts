import ArticleIcon from '@mui/icons-material/Article';
import { generic } from '../generic';
import { PageList } from './PageList';

// The generic edit and create screens until the hand-written ones land.
export default { ...generic('title', ArticleIcon), list: PageList };

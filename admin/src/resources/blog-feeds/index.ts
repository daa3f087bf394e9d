import RssFeedIcon from '@mui/icons-material/RssFeed';
import { GenericCreate } from '../../generic/GenericCreate';
import { GenericList } from '../../generic/GenericList';
import { GenericShow } from '../../generic/GenericShow';
import { BlogFeedEdit } from './BlogFeedEdit';

export default {
  list: GenericList,
  edit: BlogFeedEdit,
  create: GenericCreate,
  show: GenericShow,
  icon: RssFeedIcon,
  recordRepresentation: 'name',
};

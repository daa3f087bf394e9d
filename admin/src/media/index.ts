import PermMediaIcon from '@mui/icons-material/PermMedia';
import { GenericShow } from '../generic/GenericShow';
import { MediaEdit } from './MediaEdit';
import { MediaList } from './MediaList';

// No create screen: files arrive through the upload area on the list (POST /api/media, multipart).
export default {
  list: MediaList,
  edit: MediaEdit,
  show: GenericShow,
  icon: PermMediaIcon,
  recordRepresentation: 'original_name',
};

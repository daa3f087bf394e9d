import DownloadIcon from '@mui/icons-material/Download';
import { GenericShow } from '../../generic/GenericShow';
import { ReleaseFileCreate } from './ReleaseFileCreate';
import { ReleaseFileEdit } from './ReleaseFileEdit';
import { ReleaseFileList } from './ReleaseFileList';

export default {
  list: ReleaseFileList,
  edit: ReleaseFileEdit,
  create: ReleaseFileCreate,
  // Read-only readers (content editors) see every field; nothing to lay out for them.
  show: GenericShow,
  icon: DownloadIcon,
  recordRepresentation: 'name',
};

import NewReleasesIcon from '@mui/icons-material/NewReleases';
import { ReleaseCreate } from './ReleaseCreate';
import { ReleaseEdit } from './ReleaseEdit';
import { ReleaseList } from './ReleaseList';
import { ReleaseShow } from './ReleaseShow';

export default {
  list: ReleaseList,
  edit: ReleaseEdit,
  create: ReleaseCreate,
  show: ReleaseShow,
  icon: NewReleasesIcon,
  recordRepresentation: 'name',
};

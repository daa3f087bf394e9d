import BusinessIcon from '@mui/icons-material/Business';
import { GenericShow } from '../../generic/GenericShow';
import { SponsorCreate } from './SponsorCreate';
import { SponsorEdit } from './SponsorEdit';
import { SponsorList } from './SponsorList';

// Show is the generic read-only view, for role holders who may read sponsors but not change them.
export default {
  list: SponsorList,
  edit: SponsorEdit,
  create: SponsorCreate,
  show: GenericShow,
  icon: BusinessIcon,
  recordRepresentation: 'name',
};

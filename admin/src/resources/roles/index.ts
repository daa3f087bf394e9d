import BadgeIcon from '@mui/icons-material/Badge';
import { RoleEdit } from './RoleEdit';
import { RoleList } from './RoleList';

// No create: the roles are a fixed set whose slugs the server's permission checks name.
export default {
  list: RoleList,
  edit: RoleEdit,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};

import CardMembershipIcon from '@mui/icons-material/CardMembership';
import { GenericShow } from '../../generic/GenericShow';
import { MembershipCreate } from './MembershipCreate';
import { MembershipEdit } from './MembershipEdit';
import { MembershipList } from './MembershipList';

export default {
  list: MembershipList,
  edit: MembershipEdit,
  create: MembershipCreate,
  show: GenericShow,
  icon: CardMembershipIcon,
  recordRepresentation: (r: { legal_name?: string; id: number }) => r.legal_name ?? `Membership #${r.id}`,
};

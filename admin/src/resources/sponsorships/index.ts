import HandshakeIcon from '@mui/icons-material/Handshake';
import { GenericShow } from '../../generic/GenericShow';
import { SponsorshipCreate } from './SponsorshipCreate';
import { SponsorshipEdit } from './SponsorshipEdit';
import { SponsorshipList } from './SponsorshipList';

export default {
  list: SponsorshipList,
  edit: SponsorshipEdit,
  create: SponsorshipCreate,
  show: GenericShow,
  icon: HandshakeIcon,
  recordRepresentation: (r: { id: number; year: number | null }) => `Sponsorship #${r.id}${r.year ? ` (${r.year})` : ''}`,
};

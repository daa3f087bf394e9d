import { useGetOne, useRecordContext } from 'react-admin';

/** "Sponsorship of Tensor Works, 2027": the sponsor's name says more than the record's id. */
export function SponsorshipTitle() {
  const sponsorship = useRecordContext();
  const { data: sponsor } = useGetOne('sponsors', { id: sponsorship?.sponsor_id }, { enabled: Boolean(sponsorship?.sponsor_id) });
  if (!sponsorship) return null;
  const who = sponsor?.name ?? (sponsorship.sponsor_id ? '…' : 'no sponsor');
  return <>{`Sponsorship of ${who}${sponsorship.year ? `, ${sponsorship.year}` : ''}`}</>;
}

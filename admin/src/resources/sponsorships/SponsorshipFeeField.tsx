import { NumberField } from 'react-admin';

/** Fees are whole US dollars (pythondotorg's PositiveIntegerField). */
export function SponsorshipFeeField({ source = 'sponsorship_fee' }: { source?: string; label?: string }) {
  return <NumberField source={source} options={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }} emptyText="—" />;
}

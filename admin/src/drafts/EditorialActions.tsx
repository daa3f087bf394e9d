import { useResourceContext } from 'react-admin';
import { PreviewLinkButton } from './PreviewLinkButton';
import { ScheduleButton } from './ScheduleButton';
import { useEditorialTools } from './useDraftMode';

/** In the edit screen's top toolbar of a versioned record the user may write: its schedule and a preview link. */
export function EditorialActions() {
  const resource = useResourceContext() ?? '';
  if (!useEditorialTools(resource)) return null;
  return (
    <>
      <ScheduleButton />
      <PreviewLinkButton />
    </>
  );
}

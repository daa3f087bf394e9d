import { TopToolbar, useGetOne } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { BackToReleaseButton } from './BackToReleaseButton';
import { ReleaseFileInputs } from './ReleaseFileInputs';
import { releaseFromLocation } from './releaseFromLocation';

/**
 * A new file. Started from a release ("Add file"), the release is pre-filled and saving returns to
 * that release, where the new file appears in its list; otherwise it lands on the file's edit screen.
 */
export function ReleaseFileCreate() {
  const releaseId = releaseFromLocation(useLocation().search);
  const { data: release } = useGetOne('releases', { id: releaseId! }, { enabled: releaseId != null });
  return (
    <RecordCreate
      title={release ? `Add a file to ${release.name}` : 'New release file'}
      redirect={releaseId != null ? (_resource, _id, data) => `/releases/${data?.release_id ?? releaseId}` : 'edit'}
      actions={
        releaseId != null ? (
          <TopToolbar>
            <BackToReleaseButton releaseId={releaseId} />
          </TopToolbar>
        ) : (
          false
        )
      }
    >
      {/* Also a default value, not only ?source=: RecordForm's resets would otherwise drop the pre-filled release. */}
      <RecordForm defaultValues={releaseId != null ? { release_id: releaseId } : undefined}>
        <ReleaseFileInputs />
      </RecordForm>
    </RecordCreate>
  );
}

import { useRecordContext } from 'react-admin';
import { EditActions, RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { BackToReleaseButton } from './BackToReleaseButton';
import { ReleaseFileInputs } from './ReleaseFileInputs';

function ReleaseFileTitle() {
  const record = useRecordContext();
  return <>{record ? `File: ${record.name}` : 'File'}</>;
}

/** One file on its own screen; saving returns to its release, where files are managed. */
export function ReleaseFileEdit() {
  return (
    <RecordEdit
      title={<ReleaseFileTitle />}
      redirect={(_resource, _id, data) => (data?.release_id ? `/releases/${data.release_id}` : '/release-files')}
      actions={<EditActions extra={<BackToReleaseButton />} />}
    >
      <RecordForm>
        <ReleaseFileInputs />
      </RecordForm>
    </RecordEdit>
  );
}

import { Divider } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { ReleaseFiles } from './ReleaseFiles';
import { ReleaseInputs } from './ReleaseInputs';

function ReleaseTitle() {
  const record = useRecordContext();
  return <>{record?.name ?? 'Release'}</>;
}

/** A release and, below its form, its files: the screen release managers work from on release day. */
export function ReleaseEdit() {
  return (
    <RecordEdit title={<ReleaseTitle />} redirect={false}>
      <RecordForm>
        <ReleaseInputs />
      </RecordForm>
      <Divider />
      <ReleaseFiles />
    </RecordEdit>
  );
}

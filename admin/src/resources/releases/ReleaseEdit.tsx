import { Divider } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { ReleaseFiles } from './ReleaseFiles';
import { ReleaseInputs } from './ReleaseInputs';
import { ReleasePublishPanel } from './ReleasePublishPanel';

function ReleaseTitle() {
  const record = useRecordContext();
  return <>{record?.name ?? 'Release'}</>;
}

/** Never sends is_published: publishing goes through the checklist panel (and its override reason). */
const withoutPublished = ({ is_published: _published, ...release }: Record<string, unknown>) => release;

/**
 * A release, its files below its form and the publishing checklist beside it: the screen release
 * managers work from on release day.
 */
export function ReleaseEdit() {
  return (
    <RecordEdit
      title={<ReleaseTitle />}
      redirect={false}
      transform={withoutPublished}
      aside={<ReleasePublishPanel />}
      sx={{ '& .RaEdit-main': { flexWrap: { xs: 'wrap', lg: 'nowrap' } } }}
    >
      <RecordForm>
        <ReleaseInputs />
      </RecordForm>
      <Divider />
      <ReleaseFiles />
    </RecordEdit>
  );
}

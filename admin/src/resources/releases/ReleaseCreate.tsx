import { RecordCreate } from '../../common/RecordCreate';
import { RecordForm } from '../../common/RecordForm';
import { ReleaseInputs } from './ReleaseInputs';

// The server's column defaults, so the form shows what will be saved (the markup input alone would pick reStructuredText).
const DEFAULTS = {
  version: 3,
  is_published: false,
  is_latest: false,
  pre_release: false,
  show_on_download_page: true,
  content: '',
  content_markup_type: 'markdown',
};

/** A new release; saving opens its edit screen, where its files are added. */
export function ReleaseCreate() {
  return (
    <RecordCreate title="New release">
      <RecordForm defaultValues={DEFAULTS}>
        <ReleaseInputs create />
      </RecordForm>
    </RecordCreate>
  );
}

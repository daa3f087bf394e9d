import { FeedImport } from '../../common/FeedImport';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { GenericInputs } from '../../generic/GenericInputs';

/** A blog feed's settings, then Import now and the last import's report. */
export function BlogFeedEdit() {
  return (
    <RecordEdit>
      <RecordForm>
        <GenericInputs />
      </RecordForm>
      <FeedImport resource="blog-feeds" urlSource="feed_url" />
    </RecordEdit>
  );
}

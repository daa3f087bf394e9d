import LabelIcon from '@mui/icons-material/Label';
import { jobLookupScreens } from '../jobs/lookups/jobLookupScreens';

export default {
  ...jobLookupScreens({ jobsTarget: 'job_type_ids', plural: 'types' }),
  icon: LabelIcon,
};

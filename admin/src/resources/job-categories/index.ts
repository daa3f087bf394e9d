import CategoryIcon from '@mui/icons-material/Category';
import { jobLookupScreens } from '../jobs/lookups/jobLookupScreens';

export default {
  ...jobLookupScreens({ jobsTarget: 'category_id', plural: 'categories' }),
  icon: CategoryIcon,
};

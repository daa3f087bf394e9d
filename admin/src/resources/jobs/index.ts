import WorkIcon from '@mui/icons-material/Work';
import { JobCreate } from './JobCreate';
import { JobEdit } from './JobEdit';
import { JobList } from './JobList';
import { JobShow } from './JobShow';

export default {
  list: JobList,
  edit: JobEdit,
  create: JobCreate,
  show: JobShow,
  icon: WorkIcon,
  recordRepresentation: (r: { job_title: string; company_name: string }) => `${r.job_title} — ${r.company_name}`,
};

/** Every migration, in order. Classes, not globs: vitest and the compiled server load the same list. */
import { CoreTables1764000001000 } from './1764000001000-CoreTables.js';
import { ContentTables1764000002000 } from './1764000002000-ContentTables.js';
import { FeatureTables1764000003000 } from './1764000003000-FeatureTables.js';
import { CommunityTables1764000004000 } from './1764000004000-CommunityTables.js';
import { OrganisationTables1764000005000 } from './1764000005000-OrganisationTables.js';
import { AuditLogAndSearch1795425655693 } from './1795425655693-AuditLogAndSearch.js';
import { AuthSupport1795426671021 } from './1795426671021-AuthSupport.js';
import { OutboxTable1795444799352 } from './1795444799352-OutboxTable.js';
import { TaskRuns1796173146416 } from './1796173146416-TaskRuns.js';
import { JobStatusDefault1796500000000 } from './1796500000000-JobStatusDefault.js';
import { ValueRules1796600000000 } from './1796600000000-ValueRules.js';
import { SearchRankVector1796700000000 } from './1796700000000-SearchRankVector.js';
import { AuthChangeNotify1796800000000 } from './1796800000000-AuthChangeNotify.js';
import { RecordVersions1796900000000 } from './1796900000000-RecordVersions.js';
import { DraftsAndSchedule1797000000000 } from './1797000000000-DraftsAndSchedule.js';
import { MediaLibrary1797100000000 } from './1797100000000-MediaLibrary.js';
import { MediaReferences1797200000000 } from './1797200000000-MediaReferences.js';
import { Webhooks1797300000000 } from './1797300000000-Webhooks.js';
import { CalendarImport1797400000000 } from './1797400000000-CalendarImport.js';
import { BlogFeeds1797500000000 } from './1797500000000-BlogFeeds.js';
import { SponsorshipWorkflow1797600000000 } from './1797600000000-SponsorshipWorkflow.js';

export const migrations = [
  CoreTables1764000001000,
  ContentTables1764000002000,
  FeatureTables1764000003000,
  CommunityTables1764000004000,
  OrganisationTables1764000005000,
  AuditLogAndSearch1795425655693,
  AuthSupport1795426671021,
  OutboxTable1795444799352,
  TaskRuns1796173146416,
  JobStatusDefault1796500000000,
  ValueRules1796600000000,
  SearchRankVector1796700000000,
  AuthChangeNotify1796800000000,
  RecordVersions1796900000000,
  DraftsAndSchedule1797000000000,
  MediaLibrary1797100000000,
  MediaReferences1797200000000,
  Webhooks1797300000000,
  CalendarImport1797400000000,
  BlogFeeds1797500000000,
  SponsorshipWorkflow1797600000000,
];

/**
 * The registry of entities, grouped by the schema document's phases. Migrations were
 * generated phase by phase in this order, so each phase only references earlier ones.
 */
import { AuditLog } from './AuditLog.js';
import { RecordDraft } from './RecordDraft.js';
import { RecordVersion } from './RecordVersion.js';
import { ScheduledPublication } from './ScheduledPublication.js';
import { AuthToken } from './AuthToken.js';
import { Box } from './Box.js';
import { Calendar } from './Calendar.js';
import { Election } from './Election.js';
import { ElectionKind } from './ElectionKind.js';
import { Event } from './Event.js';
import { EventCategory } from './EventCategory.js';
import { EventLocation } from './EventLocation.js';
import { Job } from './Job.js';
import { JobCategory } from './JobCategory.js';
import { JobReviewComment } from './JobReviewComment.js';
import { JobTransition } from './JobTransition.js';
import { JobType } from './JobType.js';
import { Link } from './Link.js';
import { LoginThrottle } from './LoginThrottle.js';
import { Membership } from './Membership.js';
import { Minutes } from './Minutes.js';
import { Nomination } from './Nomination.js';
import { Nominee } from './Nominee.js';
import { OccurringRule } from './OccurringRule.js';
import { OperatingSystem } from './OperatingSystem.js';
import { OutboxMessage } from './OutboxMessage.js';
import { TaskRun } from './TaskRun.js';
import { Page } from './Page.js';
import { PageDocument } from './PageDocument.js';
import { Media } from './Media.js';
import { PageImage } from './PageImage.js';
import { Photo } from './Photo.js';
import { Post } from './Post.js';
import { RecurringRule } from './RecurringRule.js';
import { Release } from './Release.js';
import { ReleaseFile } from './ReleaseFile.js';
import { Role } from './Role.js';
import { Session } from './Session.js';
import { Setting } from './Setting.js';
import { Sponsor } from './Sponsor.js';
import { SponsorBenefit } from './SponsorBenefit.js';
import { SponsorContact } from './SponsorContact.js';
import { Sponsorship } from './Sponsorship.js';
import { SponsorshipBenefit } from './SponsorshipBenefit.js';
import { SponsorshipPackage } from './SponsorshipPackage.js';
import { SponsorshipProgram } from './SponsorshipProgram.js';
import { SponsorshipTransition } from './SponsorshipTransition.js';
import { Contract } from './Contract.js';
import { ContractTransition } from './ContractTransition.js';
import { User } from './User.js';
import { Video } from './Video.js';
import { BlogEntry } from './BlogEntry.js';
import { BlogFeed } from './BlogFeed.js';
import { Webhook } from './Webhook.js';
import { WebhookDelivery } from './WebhookDelivery.js';
import { WebhookHeader } from './WebhookHeader.js';
import { WorkGroup } from './WorkGroup.js';

export const entityPhases = {
  core: [User, Role, Membership, AuthToken, Session],
  content: [Page, PageImage, PageDocument, Box, Media],
  feature: [OperatingSystem, Release, ReleaseFile, Calendar, EventLocation, EventCategory, Event, OccurringRule, RecurringRule],
  community: [JobCategory, JobType, Job, JobReviewComment, JobTransition, Post, Link, Photo, Video, BlogFeed, BlogEntry],
  organisation: [
    Sponsor,
    SponsorContact,
    SponsorshipProgram,
    SponsorshipPackage,
    SponsorshipBenefit,
    Sponsorship,
    SponsorBenefit,
    SponsorshipTransition,
    Contract,
    ContractTransition,
    ElectionKind,
    Election,
    Nominee,
    Nomination,
    Minutes,
    WorkGroup,
  ],
  operations: [
    AuditLog,
    LoginThrottle,
    Setting,
    OutboxMessage,
    TaskRun,
    RecordVersion,
    RecordDraft,
    ScheduledPublication,
    Webhook,
    WebhookHeader,
    WebhookDelivery,
  ],
};

export const entities = Object.values(entityPhases).flat();

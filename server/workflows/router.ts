import { Router } from 'express';
import { requireActor } from '../auth/authenticate.js';
import { admits } from '../auth/permissions.js';
import { owns, visibleRows } from '../crud/access.js';
import { loadRecord } from '../crud/reads.js';
import type { MountedResource, Registry } from '../crud/registry.js';
import { actorOf } from '../crud/router.js';
import type { ResourceModel, WorkflowModel } from '../crud/types.js';
import { validateBody } from '../crud/validate.js';
import { writeRecord } from '../crud/write/pipeline.js';
import { sqlOf } from '../db/sql.js';
import type { RoleSlug } from '../domain/enums.js';
import { HttpError } from '../http/errors.js';
import { recordId } from '../http/recordId.js';
import type { Actor } from '../auth/permissions.js';
import type { MediaStore } from '../media/store/types.js';
import { ingest, type MediaLimits } from '../media/upload/ingest.js';
import { localFile } from '../media/upload/localFile.js';
import { historyEntry, historyOf, type HistoryTables } from './history.js';
import { availableActions, capacities, decide, mayTake, type Machine, type PrepareServices } from './machine.js';
import { commentBody, transitionBody } from './wire.js';

const none = new Set<string>();

/** Where the history of a workflow's records lives, read off the machine's entities. */
export function historyTables(registry: Registry, machine: Machine): HistoryTables {
  return {
    transitions: registry.db.getMetadata(machine.history.entity).tableName,
    subjectColumn: machine.history.subjectColumn,
    comments: machine.comments && registry.of(machine.comments.entity).model.table,
    commentsSubjectColumn: machine.comments?.subjectColumn,
  };
}

/** Who reviews: anyone holding a role that may take some action of the machine. */
const reviewerRoles = (machine: Machine): RoleSlug[] => [
  ...new Set(machine.actionNames.flatMap((name) => machine.actions[name].roles ?? [])),
];

/**
 * /api/{resource}/{id}/transitions, /history, /comments and /{action} for one resource with a workflow.
 * Every route reads the record in the actor's scope (visibleRows): a record they may not see is the
 * same 404 as a missing one. Steps and comments are writes through the pipeline.
 */
function workflowRoutes(registry: Registry, model: ResourceModel, workflow: WorkflowModel, media: WorkflowMedia): Router {
  const { machine, stateColumn } = workflow;
  const tables = historyTables(registry, machine);
  const reviewers = reviewerRoles(machine);
  const comments: MountedResource | undefined = machine.comments && registry.of(machine.comments.entity);
  const sql = sqlOf(registry.db);
  const router = Router();

  router.get('/:id/transitions', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const record = await loadRecord(sql, model, recordId(req), visibleRows(model, actor));
    res.json(availableActions(machine, String(record[stateColumn]), { actor, owns: owns(record, actor) }));
  });

  router.get('/:id/history', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    await loadRecord(sql, model, id, visibleRows(model, actor));
    res.json(await historyOf(sql, tables, id));
  });

  if (comments) {
    const subject = machine.comments!.subjectColumn;
    router.post('/:id/comments', requireActor, async (req, res) => {
      const actor = actorOf(res);
      const id = recordId(req);
      const comment = await registry.write(async (tx) => {
        const record = await loadRecord(tx.sql, model, id, visibleRows(model, actor));
        if (!admits(actor, reviewers) && !owns(record, actor)) {
          throw new HttpError(
            403,
            `Only ${reviewers.map((r) => `${r.replace(/_/g, ' ')}s`).join(', ')} and the ${workflow.noun}'s creator may comment on a ${workflow.noun}.`,
          );
        }
        const body = validateBody(commentBody, req.body, none); // after who may comment: 403 before 422
        const input = { [subject]: id, comment: body.comment, comment_markup_type: body.comment_markup_type ?? 'rst' };
        return writeRecord(tx, comments.model, { operation: 'create', actor, input, accessChecked: true });
      });
      res.status(201).json(historyEntry({ ...comment, kind: 'comment', actor_id: actor.id, actor_username: actor.username }));
    });
  }

  router.post('/:id/:action', requireActor, async (req, res) => {
    const actor = actorOf(res);
    const id = recordId(req);
    const action = req.params.action as string;
    if (!machine.actionNames.includes(action)) {
      throw new HttpError(404, `There is no ${workflow.noun} action "${action}"; the actions are ${machine.actionNames.join(', ')}.`);
    }
    // Who may act is decided before the body is read (403 first); the pipeline decides again, locked.
    // A role that may take the action settles it without reading the record (a moderator's every step).
    if (!capacities(machine.actions[action], { actor, owns: false }).length) {
      const record = await loadRecord(sql, model, id, visibleRows(model, actor));
      mayTake(workflow, action, { actor, owns: owns(record, actor) });
    }
    const spec = machine.actions[action];
    const {
      row_version: rowVersion,
      reason,
      ...params
    } = validateBody(spec.params ? transitionBody.extend(spec.params.shape) : transitionBody, req.body ?? {}, none) as {
      row_version?: number;
      reason?: string | null;
    } & Record<string, unknown>;
    const transition = { action, reason, rowVersion, params };
    if (spec.prepare) {
      // Decided now, so nothing is made for a step that cannot be taken; the pipeline decides again, locked.
      const record = await loadRecord(sql, model, id, visibleRows(model, actor));
      decide(workflow, record, { actor, owns: owns(record, actor) }, transition);
      Object.assign(params, await spec.prepare(record, prepareServices(registry, media, actor)));
    }
    res.json(await registry.write((tx) => writeRecord(tx, model, { operation: 'update', actor, id, transition })));
  });
  return router;
}

/** The media library, where an action's prepared files go (a contract's rendered PDF). */
export interface WorkflowMedia {
  store: MediaStore;
  limits: MediaLimits;
}

function prepareServices(registry: Registry, media: WorkflowMedia, actor: Actor): PrepareServices {
  return {
    actor,
    sql: sqlOf(registry.db),
    async storeFile({ path, fileName, use }) {
      const received = await localFile(path, fileName, { use });
      return (await ingest(registry, media.store, actor, received, media.limits)).id;
    },
  };
}

/** The routes of every resource that declares a workflow, at /api/{resource}/…; mounted before the generic ones. */
export function workflowsRouter(registry: Registry, media: WorkflowMedia): Router {
  const router = Router();
  for (const { model } of registry.resources) {
    if (model.workflow) router.use(`/${model.name}`, workflowRoutes(registry, model, model.workflow, media));
  }
  return router;
}

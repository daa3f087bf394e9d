import { componentName, errorResponse, idParameter, jsonBody, jsonContent, jsonSchemaOf } from '../crud/openapi.js';
import type { Registry } from '../crud/registry.js';
import type { Machine } from './machine.js';
import { commentBody, commentEntrySchema, availableSchema, historyEntrySchema, transitionBody } from './wire.js';

type Json = Record<string, unknown>;

/** The body of any action: row_version and reason, and each action's own fields (optional here: which apply depends on the action). */
function bodyOf(machine: Machine) {
  const shape = Object.assign({}, ...machine.actionNames.map((name) => machine.actions[name].params?.partial().shape ?? {}));
  return transitionBody.extend(shape);
}

/** The OpenAPI paths of every resource's workflow routes (workflows/router.ts), from the zod schemas they validate and send with. */
export function workflowPaths(registry: Registry): Json {
  const paths: Json = {};
  for (const { model } of registry.resources) {
    const workflow = model.workflow;
    if (!workflow) continue;
    const { machine, noun } = workflow;
    const tags = [model.name];
    const base = `/api/${model.name}/{id}`;
    const history = jsonSchemaOf(historyEntrySchema(machine));
    paths[`${base}/{action}`] = {
      post: {
        tags,
        summary: `Move a ${noun} on: ${machine.actionNames.filter((a) => machine.actions[a].roles?.length || machine.actions[a].owner).join(', ')}`,
        parameters: [idParameter, { name: 'action', in: 'path', required: true, schema: { enum: machine.actionNames } }],
        requestBody: jsonBody(jsonSchemaOf(bodyOf(machine), 'input')),
        responses: {
          200: { description: `The updated ${noun}`, ...jsonContent({ $ref: `#/components/schemas/${componentName(model.name)}` }) },
          403: errorResponse('Your role may not take this action'),
          404: errorResponse(`No such ${noun} or action, or not yours`),
          409: errorResponse('Not allowed from the current state, or a stale row_version'),
          422: errorResponse('A required reason (errors.reason) or row_version is missing'),
        },
      },
    };
    paths[`${base}/transitions`] = {
      get: {
        tags,
        summary: `The actions the caller may take on this ${noun} now`,
        parameters: [idParameter],
        responses: {
          200: { description: 'Actions', ...jsonContent({ type: 'array', items: jsonSchemaOf(availableSchema(machine)) }) },
          404: errorResponse(`No such ${noun}, or not yours`),
        },
      },
    };
    paths[`${base}/history`] = {
      get: {
        tags,
        summary: machine.comments ? 'Transitions and review comments, oldest first' : 'Transitions, oldest first',
        parameters: [idParameter],
        responses: {
          200: { description: 'History entries', ...jsonContent({ type: 'array', items: history }) },
          404: errorResponse(`No such ${noun}, or not yours`),
        },
      },
    };
    if (machine.comments) {
      paths[`${base}/comments`] = {
        post: {
          tags,
          summary: `Add a review comment (reviewers and the ${noun}'s creator)`,
          parameters: [idParameter],
          requestBody: jsonBody(jsonSchemaOf(commentBody, 'input')),
          responses: {
            201: { description: 'The comment, as a history entry', ...jsonContent(jsonSchemaOf(commentEntrySchema)) },
            403: errorResponse(`Neither a reviewer nor the ${noun}'s creator`),
            404: errorResponse(`No such ${noun}, or not yours`),
            422: errorResponse('Empty or too long'),
          },
        },
      };
    }
  }
  return paths;
}

import { draftRule } from '../drafts/rule.js';
import type { BulkContext, ResourceModel, Row, WriteRule } from '../types.js';
import { versionOnCommit, type VersionTarget } from './snapshot.js';

/** The parents a bulk write of children touched: each row's parent before and after. */
function parentsOf(context: BulkContext, foreignKey: string): Set<number> {
  const ids = new Set<number>();
  const rows: Row[] = [...context.create, ...context.delete, ...context.update.flat().flatMap(({ before, values }) => [before, values])];
  for (const row of rows) if (typeof row[foreignKey] === 'number') ids.add(row[foreignKey]);
  return ids;
}

/** Every save of a versioned record (not its deletion) records a version as its transaction commits. */
function versionRule(target: VersionTarget): WriteRule {
  return {
    name: 'versions',
    async written({ tx, operation, id, actor, input }) {
      const comment = typeof input.version_comment === 'string' ? input.version_comment : undefined;
      if (operation !== 'delete') versionOnCommit(tx, target, id!, actor, comment);
    },
    checkMany: () => {},
  };
}

/** A save of a child (a release's file) is a new version of its parent, and of its former parent if it moved. */
function parentVersionRule(target: VersionTarget, foreignKey: string): WriteRule {
  return {
    name: `versions of ${target.model.name}`,
    async written({ tx, before, after, actor }) {
      const parents = new Set([before?.[foreignKey], after?.[foreignKey]].filter((id): id is number => typeof id === 'number'));
      for (const parent of parents) versionOnCommit(tx, target, parent, actor);
    },
    checkMany: () => {},
    async writtenMany(context) {
      for (const parent of parentsOf(context, foreignKey)) versionOnCommit(context.tx, target, parent, context.actor);
    },
  };
}

/**
 * Gives each resource declaring `versions` its rules, after the resource's own: the drafts rule (its
 * lock after theirs, so every writer takes them in one order), then the versions rule, so a version
 * holds what they all decided; and each of its children the rule that versions the parent.
 */
export function attachVersionRules(
  resources: readonly { model: ResourceModel }[],
  byName: ReadonlyMap<string, { model: ResourceModel }>,
): Map<string, VersionTarget> {
  const targets = new Map<string, VersionTarget>();
  for (const { model } of resources) {
    const options = model.options.versions;
    if (!options) continue;
    const children = (options.children ?? []).map(({ resource, foreignKey }) => {
      const child = byName.get(resource);
      if (!child) throw new Error(`${model.name}: versions name the unknown child resource ${resource}`);
      return { model: child.model, foreignKey };
    });
    if (options.publishColumn && model.columns.get(options.publishColumn)?.kind !== 'boolean') {
      throw new Error(`${model.name}: the publish column ${options.publishColumn} is not a boolean column`);
    }
    const target: VersionTarget = { model, children };
    targets.set(model.name, target);
    model.rules = [...model.rules, draftRule(model.name), versionRule(target)];
    for (const child of children) child.model.rules = [...child.model.rules, parentVersionRule(target, child.foreignKey)];
  }
  return targets;
}

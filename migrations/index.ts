/** Every migration, in order. Classes, not globs: vitest and the compiled server load the same list. */
export const migrations: Function[] = [];

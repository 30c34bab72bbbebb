export { buildWorld } from './buildWorld';
export type { World, WorldSource, WorldOptions } from './buildWorld';
export { ParseCache } from './parseCache';
export { clearSharedMemos } from './memos';

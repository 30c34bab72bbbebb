export { CATALOGS, render, renderWith } from './render';
export { pseudoCatalog } from './pseudo';
export type { AreaCatalog, Catalog, Rendered } from './types';

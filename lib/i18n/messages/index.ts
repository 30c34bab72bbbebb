export { CATALOGS, describeDiagnostic, render, renderWith, textOf } from './render';
export { pseudoCatalog } from './pseudo';
export type { AreaCatalog, Catalog, Rendered } from './types';

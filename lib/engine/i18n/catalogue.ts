import type { Catalogue } from './entry';
import { panelCatalogue } from './panel-catalogue';
import { sharedCatalogue } from './shared-catalogue';

/**
 * Every sentence Tokki can show. Each area keeps its own file in ./messages (so areas can grow
 * independently); a unit test fails when any entry lacks a language. The UI never imports this
 * whole list: the popup ships `sharedCatalogue`, the panel adds `panelCatalogue` (see
 * translate.ts), so the popup stays small.
 */
export const catalogue: Catalogue = { ...sharedCatalogue, ...panelCatalogue };

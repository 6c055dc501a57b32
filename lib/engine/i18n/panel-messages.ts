/**
 * Imported for its effect: makes the inspector's own messages (claims, Learn, decoding errors,
 * classification reasons, panel chrome) available to `translate`. The panel imports it; the popup
 * does not, which keeps those texts out of the popup's bundle.
 */
import { panelCatalogue } from './panel-catalogue';
import { addMessages } from './translate';

addMessages(panelCatalogue);

import { createContext } from 'react';
import type { Catalogue } from '@/lib/engine/i18n/entry';
import { sharedCatalogue } from '@/lib/engine/i18n/shared-catalogue';

/**
 * The sentences this surface can show. The popup keeps the default, the shared sentences; the
 * inspector provides the whole catalogue at its root, so its own sentences stay out of the
 * popup's bundle.
 */
export const CatalogueContext = createContext<Catalogue>(sharedCatalogue);

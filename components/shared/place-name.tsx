import { memo } from 'react';
import { storeName } from '@/lib/engine/display/store-name';
import type { Artifact } from '@/lib/engine/model/report';
import { CopyKey } from './copy-key';
import { Text, useTranslate } from './text';
import { ValueText } from './value-text';

export interface PlaceNameProps {
  artifact: Pick<Artifact, 'location' | 'name' | 'label'>;
  /** Characters of an unrecognised label shown before "show all". */
  maxChars?: number;
  /** Offer the copy button by a recognised name (off where a button cannot go). */
  copyable?: boolean;
}

/**
 * Where a credential sits, as a person would name it: a recognised SDK entry by its name
 * ("MSAL token cache"), with the raw key and path on hover and a button to copy the key; any
 * other place by its label, cut when long.
 */
export const PlaceName = memo(function PlaceName({
  artifact,
  maxChars = 60,
  copyable = true,
}: PlaceNameProps) {
  const t = useTranslate();
  const store = storeName(artifact);
  if (!store) {
    return (
      <span className="tk-place" title={artifact.label}>
        <ValueText value={artifact.label} maxChars={maxChars} expandable={copyable} />
      </span>
    );
  }
  return (
    <span className="tk-place tk-place--known" data-store-name={store.key}>
      <span title={artifact.label}>
        <Text msg={store} />
      </span>
      {copyable && <CopyKey value={artifact.name} name={t(store)} />}
    </span>
  );
});

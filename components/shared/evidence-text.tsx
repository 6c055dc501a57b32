import { memo } from 'react';
import { storeName } from '@/lib/engine/display/store-name';
import { isolateParam } from '@/lib/engine/display/visible-text';
import { translate } from '@/lib/engine/i18n/translate';
import type { Artifact, Evidence } from '@/lib/engine/model/report';
import { CopyKey } from './copy-key';
import { Text, useTranslate, type TextProps } from './text';

export interface EvidenceTextProps {
  evidence: Pick<Evidence, 'message'>;
  /** The artifact the evidence points at, to name a recognised store by its name. */
  artifact?: Pick<Artifact, 'location' | 'name' | 'label'>;
  layout?: TextProps['layout'];
}

/**
 * A piece of evidence's sentence. Where it names a storage entry an auth SDK keeps, the entry's
 * recognised name replaces its raw key (a hundred characters of ids), which stays on hover.
 */
export const EvidenceText = memo(function EvidenceText({
  evidence,
  artifact,
  layout,
}: EvidenceTextProps) {
  const { message } = evidence;
  const store = artifact ? storeName(artifact) : undefined;
  if (!store || !artifact || typeof message.params?.name !== 'string') {
    return <Text msg={message} layout={layout} />;
  }
  const params = Object.fromEntries(
    Object.entries(message.params).map(([k, v]) => [
      k,
      typeof v === 'string' ? isolateParam(v) : v,
    ]),
  );
  return (
    <span title={artifact.label} data-store-name={store.key}>
      <Text
        layout={layout}
        render={(lang) =>
          translate({ key: message.key, params: { ...params, name: translate(store, lang) } }, lang)
        }
      />
    </span>
  );
});

/** The copy button for the raw key behind a recognised store name the evidence shows, or nothing. */
export function EvidenceCopyKey({ evidence, artifact }: EvidenceTextProps) {
  const t = useTranslate();
  const store = artifact ? storeName(artifact) : undefined;
  if (!store || !artifact || typeof evidence.message.params?.name !== 'string') return null;
  return <CopyKey value={artifact.name} name={t(store)} />;
}

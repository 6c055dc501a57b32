/** The Decoder's first sentence: what the paste is, for every kind the cards alone do not name. */
import { Text } from '@/components/shared/text';
import type { DecoderResult } from '@/lib/engine/decoder/decode-input';
import type { DecodedItem } from '@/lib/engine/decoder/decoded-item';
import type { PlainLook } from '@/lib/engine/decoder/plain-values';
import { isBareBase64Json } from '@/lib/engine/decoder/result-kind';
import type { Msg } from '@/lib/engine/model/report';

function lookMsg(look: PlainLook): Msg | undefined {
  switch (look.kind) {
    case 'empty':
      return undefined;
    case 'punctuation':
    case 'word':
      return { key: `decode.kind.${look.kind}` };
    case 'text':
      return { key: 'decode.kind.text', params: { words: look.words } };
    case 'uuid':
      return { key: 'decode.kind.uuid', params: { version: look.version, variant: look.variant } };
    case 'hex-digest':
      return {
        key: 'decode.kind.hex-digest',
        params: { bytes: look.bytes, algorithm: look.algorithm },
      };
    case 'base64-json':
    case 'base64-text':
      return { key: `decode.kind.${look.kind}` };
    case 'opaque': {
      const { length, alphabet, entropyBits } = look;
      return entropyBits === undefined
        ? { key: 'decode.kind.opaque-short', params: { length, alphabet } }
        : { key: 'decode.kind.opaque', params: { length, alphabet, bits: entropyBits } };
    }
  }
}

function pasetoMsg({ paseto }: DecodedItem): Msg | undefined {
  if (!paseto) return undefined;
  const { version, purpose, signed, encrypted } = paseto;
  if (signed && !paseto.problem) {
    return { key: 'decode.kind.paseto.public', params: { version, algorithm: signed.algorithm } };
  }
  if (encrypted) {
    return { key: 'decode.kind.paseto.local', params: { version, algorithm: encrypted.algorithm } };
  }
  return purpose === 'public' || purpose === 'local' || paseto.problem
    ? { key: 'decode.kind.paseto.broken' }
    : undefined;
}

function itemMsg(item: DecodedItem): Msg | undefined {
  if (item.look) return lookMsg(item.look);
  if (item.paseto) return pasetoMsg(item);
  if (item.sealed) return { key: `decode.kind.${item.sealed.format}` };
  if (item.nested) {
    const cty = item.nested.cty;
    return cty === undefined
      ? { key: 'decode.nested.no-cty' }
      : { key: 'decode.kind.nested-jwt', params: { cty } };
  }
  if (item.encryptsJwt) return { key: 'decode.kind.nested-jwe' };
  if (isBareBase64Json(item)) return { key: 'decode.kind.base64-json' };
  return undefined;
}

/** The headline's sentence, or undefined when the cards below say it all (a JWT, a cookie…). */
function headlineMsg(result: DecoderResult): Msg | undefined {
  if (result.kind === 'lookalike') return { key: 'decode.kind.lookalike' };
  if (result.kind === 'url' && result.url) {
    const { host } = result.url;
    const count = result.items.length;
    return count > 0
      ? { key: 'decode.kind.url', params: { host, count } }
      : { key: 'decode.kind.url-none', params: { host } };
  }
  if (result.empty) {
    if (result.lookalikes) return { key: 'decode.kind.empty.invisible' };
    const count = result.empty.whitespace;
    return count > 0 ? { key: 'decode.kind.empty.whitespace', params: { count } } : undefined;
  }
  const only = result.items.length === 1 ? result.items[0] : undefined;
  return only ? itemMsg(only) : undefined;
}

export function DecoderHeadline({ result }: { result: DecoderResult }) {
  const msg = headlineMsg(result);
  if (!msg) return null;
  return (
    <p className="tp-note" data-testid="decoder-headline">
      <Text msg={msg} />
    </p>
  );
}

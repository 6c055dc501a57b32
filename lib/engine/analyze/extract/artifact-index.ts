import type { Artifact } from '../../model/report';
import { decodeToken } from '../decode-facade';
import { idAllocator, shortHash } from '../hash';
import { isWithinDomain } from '../site';
import type { Sighting, TokenDraft } from '../types';
import type { Extraction } from './extraction';

/** The fields of an artifact its extractor gives; the index adds the id and request links. */
export type ArtifactFields = Omit<Artifact, 'id' | 'requestIds'>;

/**
 * The one place extractors write to: artifacts get unique ids, values become tokens
 * deduplicated by value (each decoded once), and each artifact points to its token. Every
 * extractor receives the index explicitly; none keeps state of another.
 */
export class ArtifactIndex {
  private readonly allocateArtifactId: (base: string) => string;
  private readonly allocateTokenId: (base: string) => string;
  private readonly firstPartyByHost = new Map<string, boolean>();

  constructor(
    readonly x: Extraction,
    private readonly registrableDomain: string,
  ) {
    // The id maps double as the allocators' record of ids in use.
    this.allocateArtifactId = idAllocator(x.artifactById);
    this.allocateTokenId = idAllocator(x.tokenById);
  }

  /** Whether a host belongs to the site's registrable domain (each host worked out once). */
  isFirstParty(host: string): boolean {
    let firstParty = this.firstPartyByHost.get(host);
    if (firstParty === undefined) {
      firstParty = isWithinDomain(host, this.registrableDomain);
      this.firstPartyByHost.set(host, firstParty);
    }
    return firstParty;
  }

  /** Adds an artifact under a unique id derived from `base`. */
  addArtifact(base: string, fields: ArtifactFields, firstParty: boolean): Artifact {
    const artifact: Artifact = { id: this.allocateArtifactId(base), requestIds: [], ...fields };
    this.x.artifacts.push(artifact);
    this.x.artifactById.set(artifact.id, artifact);
    this.x.firstParty.set(artifact.id, firstParty);
    return artifact;
  }

  /**
   * Records that `artifact` holds `value`: finds or makes the value's token, adds the sighting
   * (once per token and artifact) and points the artifact at the token.
   */
  addSighting(value: string, sighting: Sighting, artifact: Artifact): TokenDraft {
    let draft = this.x.tokens.get(value);
    if (!draft) {
      draft = newDraft(this.allocateTokenId(`tok-${shortHash(value)}`), value);
      this.x.tokens.set(value, draft);
      this.x.tokenById.set(draft.id, draft);
    }
    // An artifact gets all its sightings right after it is created, before the next artifact
    // exists, so a repeat can only follow the last one.
    if (draft.sightings[draft.sightings.length - 1]?.artifactId !== sighting.artifactId) {
      draft.sightings.push(sighting);
    }
    artifact.tokenId ??= draft.id;
    return draft;
  }

  /** The token an artifact holds, if any. */
  tokenOf(artifact: Artifact): TokenDraft | undefined {
    return artifact.tokenId === undefined ? undefined : this.x.tokenById.get(artifact.tokenId);
  }
}

function newDraft(id: string, value: string): TokenDraft {
  return {
    id,
    value,
    // Decoded once: tokens are keyed by value, so a value seen again finds its draft.
    decoded: decodeToken(value),
    sightings: [],
    sentIn: [],
    lastRequest: -1,
    firstPartySent: 0,
  };
}

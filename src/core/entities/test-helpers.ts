import { listGivenNames, listOrganisations, listPlaces } from '../../languages/gazetteer/index.js';
import { getProfile } from '../../languages/index.js';
import type { EntityMention, EntityRecord, EntityType } from '../types.js';
import { createGazetteer } from './gazetteer.js';
import { namesOf } from './lexicon.js';
import { linkEntities } from './link.js';
import { type RecognizedEntities, recognizeEntities } from './recognize.js';
import { createBatchRegistry } from './registry.js';

/** The real gazetteer: countries, cities, organisations and given names. */
export const gazetteer = createGazetteer([...listPlaces(), ...listOrganisations()], listGivenNames());

/** Recognises the entities of a text written in a language, with the real lexicon and gazetteer. */
export function recognize(lang: string, text: string): RecognizedEntities {
  return recognizeEntities(text, namesOf(getProfile(lang), gazetteer));
}

/** The offsets of a fragment in the text, after skipping earlier occurrences. */
function _span(text: string, fragment: string, skip = 0): { start: number; end: number; text: string } {
  let start = text.indexOf(fragment);
  for (let i = 0; i < skip && start >= 0; i++) start = text.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`"${fragment}" does not occur ${skip + 1} times in "${text}"`);
  return { start, end: start + fragment.length, text: fragment };
}

interface Expected {
  type: EntityType;
  name: string;
  ref?: string | null;
  local: number;
  entity?: string | null;
  /** Skip this many earlier occurrences of the fragment. */
  skip?: number;
}

/** The mention expected for a fragment of a text (unlinked unless entity is given), offsets found in the text. */
export function mention(text: string, fragment: string, expected: Expected): EntityMention {
  const { type, name, ref = null, local, entity = null, skip = 0 } = expected;
  return { ..._span(text, fragment, skip), type, name, ref, local, entity };
}

/** An archive read article by article: one registry, the real recogniser and linker. */
export function createArchive() {
  const registry = createBatchRegistry([]);
  return {
    read(lang: string, text: string): EntityMention[] {
      const found = recognize(lang, text);
      return linkEntities(found.mentions, found, lang, registry);
    },
    /** The record as the archive holds it, without its blocking keys (phonetic codes). */
    record(id: string): Omit<EntityRecord, 'keys'> | undefined {
      const record = registry.changed().find((candidate) => candidate.id === id);
      if (!record) return undefined;
      const { keys: _, ...rest } = record;
      return rest;
    },
  };
}

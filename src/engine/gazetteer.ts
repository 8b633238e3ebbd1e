import { createGazetteer, type Gazetteer } from '../core/entities/index.js';
import { warmUpAnalysis } from '../core/pipeline.js';
import { listGivenNames, listOrganisations, listPlaces } from '../languages/gazetteer/index.js';
import { listProfiles } from '../languages/index.js';

let gazetteer: Gazetteer | undefined;
let warmedUp = false;

/** Countries, cities, organisations and given names, indexed once per process. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= createGazetteer([...listPlaces(), ...listOrganisations()], listGivenNames());
  return gazetteer;
}

/**
 * The gazetteer, with the analysis of every language run once over short samples before any
 * cleaning (see warmUpAnalysis): ingest calls this before its first article.
 */
export function loadAnalysis(): Gazetteer {
  const loaded = loadGazetteer();
  if (!warmedUp) {
    warmUpAnalysis(
      loaded,
      listProfiles().map((profile) => profile.code),
    );
    warmedUp = true;
  }
  return loaded;
}

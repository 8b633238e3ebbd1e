import { createGazetteer, type Gazetteer } from '../core/entities/index.js';
import { listGivenNames, listOrganisations, listPlaces } from '../languages/gazetteer/index.js';

let gazetteer: Gazetteer | undefined;

/** Countries, cities, organisations and given names, indexed once per process. */
export function loadGazetteer(): Gazetteer {
  gazetteer ??= createGazetteer([...listPlaces(), ...listOrganisations()], listGivenNames());
  return gazetteer;
}

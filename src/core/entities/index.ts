export { createGazetteer, type Gazetteer, type KnownEntry } from './gazetteer.js';
export { compileNames, type NameLexicon, namesOf } from './lexicon.js';
export {
  type ArticleEntities,
  candidateKeys,
  type EntityRegistry,
  entityKeys,
  linkEntities,
} from './link.js';
export type { Candidate, LocalEntity } from './local.js';
export { foldName, phoneticKey, sameName } from './names.js';
export { type RecognizedEntities, recognizeEntities } from './recognize.js';
export { type BatchRegistry, createBatchRegistry } from './registry.js';

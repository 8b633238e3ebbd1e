export { createGazetteer, type Gazetteer, type KnownEntry } from './gazetteer.js';
export { compileNames, type NameLexicon } from './lexicon.js';
export { type EntityRegistry, entityKeys, linkEntities } from './link.js';
export type { LocalEntity } from './local.js';
export { foldName, phoneticKey, sameName } from './names.js';
export { type RecognizedEntities, recognizeEntities } from './recognize.js';
export { type BatchRegistry, createBatchRegistry } from './registry.js';

/**
 * The generator's version, recorded on every deck it makes: bump it when the cards it makes for the same article
 * change in a way worth offering "Regenerate cards" for. 1: before answer kinds; 2: answer kinds, options of the
 * answer's kind, context lines, and cards ranked by a model learned from blind judges.
 */
export const GENERATOR_VERSION = 2;

/**
 * The generator's version, recorded on every deck it makes: bump it when the cards it makes for the same article
 * change in a way worth offering "Regenerate cards" for. 1: before answer kinds, options and context lines.
 */
export const GENERATOR_VERSION = 1;

import { documents } from './en/documents.ts';

/** Strings for reading documents and the optional offline parts, outside the first load (see en/documents.ts). */
export const td = documents;

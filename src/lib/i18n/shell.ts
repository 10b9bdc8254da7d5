/**
 * The strings of every page's frame and of the library, without the other areas': what the first page loads. A
 * component that every page shows (header, alerts, loading) or that only the library shows imports `t` from here.
 */
import { shell } from './en/shell.ts';

export const t = shell;

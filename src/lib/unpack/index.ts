/** Unpacking compressed packages with a bound on what they unpack to, so a small file cannot fill the memory. */
export { boundedUnzip } from './zip.ts';
export { boundedZstd } from './zstd.ts';
export { UnpackError, type UnpackProblem } from './errors.ts';

// Where each production build goes and which port serves it. `npm start` builds into .svelte-kit/ and build/ and
// serves them on port 4173. `npm test` sets FACTDECK_BUILD=test and builds into .svelte-kit-test/ and build-test/,
// served on ports of its own (from E2E_PORT), so that an app left running keeps serving, unchanged, while the
// tests build and run, in either order.
import { fileURLToPath } from 'node:url';

/** The build's name: none for `npm start`'s, "test" for the tests'. */
const NAME = process.env.FACTDECK_BUILD ?? '';
const suffix = NAME ? `-${NAME}` : '';

/** SvelteKit's working directory (kit.outDir): the client, server and prerendered output, the service worker. */
export const KIT_OUT_DIR = `.svelte-kit${suffix}`;

/** What adapter-static writes: the site to deploy. */
export const BUILD_DIR = `build${suffix}`;

/** The same two, as absolute paths. */
export const KIT_OUT_PATH = fileURLToPath(new URL(`../${KIT_OUT_DIR}/`, import.meta.url));
export const BUILD_PATH = fileURLToPath(new URL(`../${BUILD_DIR}/`, import.meta.url));

/** The first port the end-to-end tests use; each test server that needs one of its own adds an offset. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4273);

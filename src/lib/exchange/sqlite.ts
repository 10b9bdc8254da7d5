import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/**
 * SQLite compiled to WebAssembly, loaded once and only when an .apkg is read or written. The package's export
 * conditions pick its browser build (no `fs` or `crypto` imports) in the app, its Node build in the unit tests.
 */
export function loadSqlite(wasmUrl: string): Promise<SqlJsStatic> {
	loading ??= import('sql.js').then(({ default: init }) => init({ locateFile: () => wasmUrl }));
	const pending = loading;
	// A failed load is not cached: a later call tries again.
	pending.catch(() => {
		if (loading === pending) loading = undefined;
	});
	return pending;
}

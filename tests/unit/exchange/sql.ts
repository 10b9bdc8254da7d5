import { fileURLToPath } from 'node:url';
import type { SqlJsStatic } from 'sql.js';
import { loadSqlite } from '../../../src/lib/exchange/sqlite.ts';

/** sql.js for Node, from the package's own .wasm file. */
export function sqlite(): Promise<SqlJsStatic> {
	return loadSqlite(
		fileURLToPath(new URL('../../../node_modules/sql.js/dist/sql-wasm.wasm', import.meta.url))
	);
}

declare module 'sql.js/dist/sql-wasm.js' {
	import type { SqlJsConfig, SqlJsStatic } from 'sql.js';
	const init: (config?: SqlJsConfig) => Promise<SqlJsStatic>;
	export default init;
}

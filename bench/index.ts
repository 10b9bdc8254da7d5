// `npm run bench`: every speed and size figure, printed. Needs a production build for the size figures.
import { benchGenerate } from './generate.ts';
import { benchSize } from './size.ts';

const benches: [string, () => Promise<void>][] = [
	['Generator speed (Node)', benchGenerate],
	['Sizes of the production build', benchSize]
];

for (const [title, bench] of benches) {
	console.log(`\n## ${title}\n`);
	await bench();
}

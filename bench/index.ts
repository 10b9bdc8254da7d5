// `npm run bench`: every speed and size figure, printed. Needs a production build for the size figures.
import { benchGenerate } from './generate.ts';
import { benchBackup } from './backup.ts';
import { benchExtract } from './extract.ts';
import { benchSize } from './size.ts';
import { benchStudy } from './study.ts';

const benches: [string, () => Promise<void>][] = [
	['Generator speed (Node)', benchGenerate],
	['Sizes of the production build', benchSize],
	['Articles from files, and the size of each lazy part', benchExtract],
	['Study queue and statistics with 10,000 cards and 100,000 logs (Chromium)', benchStudy],
	['Backup of 10,000 cards and 100,000 logs', benchBackup]
];

for (const [title, bench] of benches) {
	console.log(`\n## ${title}\n`);
	await bench();
}

// `npm run bench`: every speed and size figure, printed. Needs a production build (`npm run build`) for most.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_PATH } from '../scripts/builds.js';
import { benchGenerate } from './generate.ts';
import { benchBackup } from './backup.ts';
import { benchExtract } from './extract.ts';
import { benchFirstLoad } from './first-load.ts';
import { benchLighthouse } from './lighthouse.ts';
import { benchLinks } from './links.ts';
import { benchQuizShare } from './quiz-share.ts';
import { benchSize } from './size.ts';
import { benchStudy } from './study.ts';

// Say what to run first, in one line, rather than fail halfway with a stack trace.
if (!existsSync(join(BUILD_PATH, 'service-worker.js'))) {
	const dir = relative(process.cwd(), BUILD_PATH) || BUILD_PATH;
	console.error(`No production build in ${dir}: run \`npm run build\` first, then \`npm run bench\`.`);
	process.exit(1);
}

const benches: [string, () => Promise<void>][] = [
	['Generator speed (Node)', benchGenerate],
	['First load in Chromium (first visit, until the network is idle)', benchFirstLoad],
	['Sizes of the production build', benchSize],
	['Articles from files, and the size of each lazy part', benchExtract],
	['Quiz links and QR codes', benchLinks],
	['Restore, study queue and statistics with 10,000 cards and 100,000 logs (Chromium)', benchStudy],
	['Quiz and share pages with 10,000 spreadsheet cards (Chromium)', benchQuizShare],
	['Backup of 10,000 cards and 100,000 logs (Node)', benchBackup],
	['Lighthouse', benchLighthouse]
];

for (const [title, bench] of benches) {
	console.log(`\n## ${title}\n`);
	await bench();
}

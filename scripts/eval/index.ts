// `npm run eval -- <command> …`: the tools of the blind evaluation (eval/README.md).
import { writeCards } from './cards.ts';
import { collect } from './collect.ts';
import { coverage } from './coverage.ts';

const [command, round, ...rest] = process.argv.slice(2);
if (command === 'cards' && round) writeCards(round, rest);
else if (command === 'collect' && round) collect(round);
else if (command === 'coverage' && round) coverage(round);
else {
	process.stderr.write(
		'Usage: npm run eval -- cards ROUND (--set NAME | FILE…) [--candidates N]\n' +
			'       npm run eval -- collect ROUND\n' +
			'       npm run eval -- coverage ROUND\n'
	);
	process.exit(2);
}

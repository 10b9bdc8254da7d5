// `npm run eval -- <command> …`: the tools of the blind evaluation (eval/README.md).
import { writeCards } from './cards.ts';

const [command, round, ...rest] = process.argv.slice(2);
if (command === 'cards' && round) writeCards(round, rest);
else {
	process.stderr.write('Usage: npm run eval -- cards ROUND (--set NAME | FILE…) [--candidates N]\n');
	process.exit(2);
}

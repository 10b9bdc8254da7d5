import { count, formatInt } from './numbers.ts';

/** Studying with spaced repetition and its statistics. */
export const study = {
	study: {
		action: 'Study',
		pageTitle: (title: string) => `Study: ${title} — Factdeck`,
		heading: (title: string) => `Study: ${title}`,
		allDecks: 'All decks',
		counts: 'Cards to study',
		newCount: 'New',
		learningCount: 'Learning',
		reviewCount: 'Due',
		showAnswer: 'Show answer',
		blank: 'blank',
		choicesLabel: 'Choose an answer',
		choiceKey: (key: string) => `${key}:`,
		yourAnswer: 'Your answer',
		check: 'Check',
		answer: 'Answer',
		evidence: 'From the article',
		showInArticle: 'Show in the article',
		right: 'Right.',
		wrong: (answer: string) => `Not quite. The answer is: ${answer}.`,
		picked: 'your pick',
		correctMark: 'right answer',
		wrongMark: 'wrong',
		rate: 'How well did you remember?',
		ratings: { 1: 'Again', 2: 'Hard', 3: 'Good', 4: 'Easy' } as Record<1 | 2 | 3 | 4, string>,
		ratingName: (label: string, interval: string) => `${label}, next in ${interval}`,
		swipeHint: 'Swipe left for Again, right for Good.',
		keysHint: 'Keys: Space shows the answer, 1–4 rate, Ctrl+Z undoes.',
		undo: 'Undo',
		undone: 'Last rating undone.',
		edit: 'Edit card',
		editShort: 'Edit',
		deleteShort: 'Delete',
		editTitle: 'Edit this card',
		close: 'Close',
		suspend: 'Suspend',
		suspended: 'Card suspended: it will not come up until you unsuspend it.',
		delete: 'Delete card',
		deleteTitle: 'Delete this card?',
		deleteBody: 'The card and its study history will be deleted from this device.',
		deleted: 'Card deleted.',
		stale: 'This card was studied in another tab; its progress there is kept.',
		missing: 'This card was deleted in another tab.',
		doneTitle: 'Done for now',
		nothingTitle: 'Nothing to study now',
		summary: (n: number, minutes: number) =>
			`You studied ${count(n, 'card', 'cards')} in ${minutes < 1 ? 'under a minute' : count(minutes, 'minute', 'minutes')}.`,
		byRating: 'Answers',
		nextDue: (when: string) => `The next card is due ${when}.`,
		noCards: 'There are no cards to study here.',
		toLibrary: 'Library',
		toDeck: 'Back to the deck',
		notFound: 'This deck is not in your library.',
		stats: {
			pageTitle: (title: string) => `Statistics: ${title} — Factdeck`,
			heading: (title: string) => `Statistics: ${title}`,
			reviews: 'Reviews per day',
			reviewsSummary: (total: number, days: number, busiest: number) =>
				`${count(total, 'review', 'reviews')} in the last ${days} days; at most ${formatInt(busiest)} in a day.`,
			forecast: 'Due in the next 30 days',
			forecastSummary: (total: number, today: number) =>
				`${count(total, 'card falls', 'cards fall')} due in the next 30 days, ${formatInt(today)} of them today.`,
			day: 'Day',
			reviewsCol: 'Reviews',
			againCol: 'Again',
			dueCol: 'Cards due',
			showTable: 'Show as a table',
			counts: 'Cards by state',
			states: {
				new: 'New',
				learning: 'Learning',
				relearning: 'Relearning',
				young: 'Young',
				mature: 'Mature',
				suspended: 'Suspended',
				total: 'Total'
			},
			retention: 'True retention',
			retentionHint:
				'First review of a card each day; Again counts as forgotten. Mature: interval of 21 days or more.',
			period: 'Period',
			periods: {
				today: 'Today',
				yesterday: 'Yesterday',
				week: 'Last week',
				month: 'Last month',
				year: 'Last year',
				all: 'All time'
			},
			young: 'Young',
			mature: 'Mature',
			total: 'Total',
			none: '—',
			rate: (rate: string, passed: number, count: number) =>
				`${rate} (${formatInt(passed)}/${formatInt(count)})`,
			empty: 'No reviews yet. Study some cards and come back.',
			loadingChart: 'Loading chart…'
		},
		settings: {
			heading: 'Studying',
			retention: 'Desired retention',
			retentionHint:
				'How likely you are to remember a card when it comes up. Higher means more reviews. Changes apply to future reviews.',
			newPerDay: 'New cards per day',
			reviewsPerDay: 'Maximum reviews per day',
			maxInterval: 'Maximum interval (days)',
			invalid: (min: number, max: number) =>
				`Enter a whole number from ${formatInt(min)} to ${formatInt(max)}.`
		}
	}
};

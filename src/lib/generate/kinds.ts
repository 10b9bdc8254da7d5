/**
 * The kind of thing an answer is (stored on the card), and the finer group its options must share: a river for a
 * river, an armed group for an armed group, a length in metres for a length in metres.
 */
import type { AnswerKind } from '../deck/model.ts';
import { organisationSort } from './gazetteer.ts';
import type { Mention, Sentence } from './mentions.ts';

const EVENT =
	/\b(?:War|Wars|Battle|Revolution|Rebellion|Uprising|Riots?|Plot|Crisis|Massacre|Siege|Invasion|Olympics|Games|Cup|Championships?|Open|Festival|Election|Conference|Summit|Expedition|Revolt|Discontent|Depression|Renaissance|Reformation|Enlightenment|Exhibition|Fair|Show|Plague|Fire|Famine|Flood|Earthquake|Blitz|Strike|Scandal|Affair)\b/;
const WORK =
	/\b(?:Act|Treaty|Charter|Agreement|Accords?|Convention|Code|Declaration|Constitution|Bill|Protocol|Manifesto|Principia|Report|Gospel|Bible|Quran)\b/;
const WORK_NOUNS =
	/^(?:book|books|novel|film|movie|album|song|single|play|opera|poem|paper|series|show|magazine|newspaper|essay|treatise|law|work|memoir|autobiography|biography|painting|symphony|musical|documentary|programme|program|title|titled|entitled)$/;
const HONOUR = /\b(?:Prizes?|Awards?|Medals?|Orders?|Cross|Trophy|Fellowship)\b/;
const PLACE_HEADS =
	/\b(Ocean|Sea|Gulf|Bay|Strait|Lake|River|Canal|Mountains?|Mount|Hills?|Island|Islands|Peninsula|Desert|Valley|Plain|Plateau|Basin|Falls|Forest|Park|Reserve|Glacier|Volcano|Coast|Street|Square|Bridge|Gate|Wall|Stadium|Palace|Castle|Cathedral|Abbey|Temple|Tower|House|Hall|Airport|Station|Road|Avenue|Line)\b/;
const UNIT =
	/(?:[£$€¥%]|\b(?:per ?cent|percent|kilometres?|kilometers?|km|metres?|meters?|m|miles?|feet|foot|ft|inch(?:es)?|centimetres?|cm|millimetres?|mm|kilograms?|kg|grams?|g|tonnes?|tons?|hectares?|acres?|litres?|liters?|degrees?|°C|°F|years?|months?|weeks?|days?|hours?|minutes?|seconds?|mph|km\/h|bn|m|dollars?|pounds?|euros?|yen|rand|francs?|calories|volts?|watts?|bytes?|GB|MB|cubic|square))\b/i;

/** A number with its unit ("26 m", "£4.6m", "3.5bn dollars") rather than a plain count ("eight", "27,000"). */
function hasUnit(m: Mention, s: Sentence): boolean {
	const after = s.text.slice(m.end, m.end + 16);
	const before = s.text.slice(Math.max(0, m.start - 9), m.start);
	return (
		/[%£$€]|per ?cent/i.test(m.text) ||
		UNIT.test(m.text.replace(/^[\d.,\s]+/, ' ')) ||
		/^\s*(?:[£$€%]|per ?cent\b)/.test(after) ||
		/(?:[£$€]|dollars|pounds)\s*$/.test(before)
	);
}

function workByContext(m: Mention, s: Sentence): boolean {
	const before = s.tokens.slice(Math.max(0, m.first - 3), m.first).map((t) => t.lower);
	const quoted = /["“']\s*$/.test(s.text.slice(0, m.start)) && /^\s*["”']/.test(s.text.slice(m.end));
	return quoted || before.some((w) => WORK_NOUNS.test(w));
}

export function answerKind(m: Mention, s: Sentence): AnswerKind {
	switch (m.kind) {
		case 'person':
			return 'person';
		case 'country':
			return 'country';
		case 'city':
			return 'city';
		case 'region':
		case 'place':
			return 'place';
		case 'org':
			return 'organisation';
		case 'year':
			return 'year';
		case 'date':
			return 'date';
		case 'number':
			if (/^\d{3,4}s$/.test(m.text)) return 'year';
			return hasUnit(m, s) ? 'number' : 'quantity';
		case 'role':
			return 'role';
		case 'nationality':
			return 'nationality';
		case 'term':
			return 'term';
		case 'name':
			if (WORK.test(m.text) || workByContext(m, s)) return 'work';
			if (EVENT.test(m.text)) return 'event';
			if (PLACE_HEADS.test(m.text)) return 'place';
			return 'term';
	}
}

/** The unit of a number ("26 m" → "m"; "£4.6m" → "£m"), so that options keep it. */
export function unitOf(text: string): string {
	return text
		.replace(/[\d.,]+/g, '#')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Options of a kind must also share this group. */
export function optionGroup(m: Mention, kind: AnswerKind): string {
	switch (kind) {
		case 'place':
			return `place:${PLACE_HEADS.exec(m.text)?.[1] ?? (m.kind === 'region' ? 'region' : 'other')}`;
		case 'organisation':
			return `organisation:${organisationSort(m.text) ?? 'other'}`;
		case 'number':
			return `number:${unitOf(m.text)}`;
		case 'term':
			return HONOUR.test(m.text) ? 'term:honour' : m.kind === 'name' ? 'term:name' : 'term';
		default:
			return kind;
	}
}

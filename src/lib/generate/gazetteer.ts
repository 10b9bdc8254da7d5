/**
 * Named things the generator knows without the article: they type entities the NLP misses and give options of the
 * right kind. Countries, capitals, demonyms, regions and large cities come from maintained data packages
 * (data/places.json, made by `npm run gazetteer`); organisations by sort, titles and the words that make a name an
 * organisation are hand-made, as no package lists them.
 */
import places from './data/places.json' with { type: 'json' };

const list = (s: string) => s.split('|');

export interface CountryInfo {
	name: string;
	code: string;
	/** "Western Africa", "Northern Europe": neighbours make plausible options. */
	subregion: string;
	capital: string;
	demonym: string;
	/** km²: a microstate is no plausible option for a large country, nor the other way round. */
	area: number;
}

const countryRows = places.countries as [string, string, string, string, string, number][];
export const COUNTRY_INFO: CountryInfo[] = countryRows.map(
	([name, code, subregion, capital, demonym, area]) => ({
		name,
		code,
		subregion,
		capital,
		demonym,
		area
	})
);
export const COUNTRIES = COUNTRY_INFO.map((c) => c.name);

// Names a text gives countries that the data lists under another name; England, Scotland and Wales are asked as
// countries of their own.
const ALIASES: Record<string, string> = {
	us: 'united states',
	'u.s.': 'united states',
	usa: 'united states',
	'u.s.a.': 'united states',
	america: 'united states',
	uk: 'united kingdom',
	'u.k.': 'united kingdom',
	britain: 'united kingdom',
	'great britain': 'united kingdom',
	'czech republic': 'czechia',
	holland: 'netherlands',
	burma: 'myanmar',
	"cote d'ivoire": 'ivory coast',
	"côte d'ivoire": 'ivory coast'
};
const HOME_NATIONS: CountryInfo[] = (
	[
		['England', 'English', 'London', 130_279],
		['Scotland', 'Scottish', 'Edinburgh', 77_910],
		['Wales', 'Welsh', 'Cardiff', 20_779],
		['Northern Ireland', 'Northern Irish', 'Belfast', 14_130]
	] as const
).map(([name, demonym, capital, area]) => ({
	name,
	code: 'GB',
	subregion: 'British Isles',
	capital,
	demonym,
	area
}));

const COUNTRY_BY_NAME = new Map<string, CountryInfo>();
for (const c of [...COUNTRY_INFO, ...HOME_NATIONS]) COUNTRY_BY_NAME.set(c.name.toLowerCase(), c);
for (const [alias, name] of Object.entries(ALIASES)) {
	const c = COUNTRY_BY_NAME.get(name);
	if (c) COUNTRY_BY_NAME.set(alias, c);
}

export function countryInfo(name: string): CountryInfo | undefined {
	return COUNTRY_BY_NAME.get(name.toLowerCase());
}

/** One key for the names of one country ("U.S.", "USA", "United States"). */
export function countryKey(name: string): string {
	return countryInfo(name)?.name.toLowerCase() ?? name.toLowerCase();
}

/** Countries of the same subregion, those closest in size first (Germany before Liechtenstein for France). */
export function neighbourCountries(name: string): string[] {
	const home = countryInfo(name);
	const all = [...COUNTRY_INFO, ...HOME_NATIONS];
	// A country the data does not know ("Austrian Empire") has no neighbours to offer.
	if (!home) return [];
	const near = all.filter((c) => c.subregion === home.subregion && c.name !== home.name);
	// Britain's home nations are asked among themselves and with their neighbours.
	const also = home.subregion === 'British Isles' ? all.filter((c) => c.subregion === 'Northern Europe') : [];
	const apart = (c: CountryInfo) => Math.abs(Math.log((c.area + 1) / (home.area + 1)));
	return [...near, ...also].sort((a, b) => apart(a) - apart(b)).map((c) => c.name);
}

export interface CityInfo {
	name: string;
	country: string;
}

/** Largest first. */
const CITY_INFO: CityInfo[] = (places.cities as [string, string][]).map(([name, country]) => ({
	name,
	country
}));
const CAPITALS = new Map(COUNTRY_INFO.filter((c) => c.capital).map((c) => [c.capital.toLowerCase(), c]));
const CITY_BY_NAME = new Map(CITY_INFO.map((c) => [c.name.toLowerCase(), c]));

export function cityCountry(name: string): string | undefined {
	const lower = name.toLowerCase();
	return CITY_BY_NAME.get(lower)?.country ?? CAPITALS.get(lower)?.code;
}

/** Cities of the same country first (largest first), then capitals of the same subregion. */
export function neighbourCities(name: string): string[] {
	const code = cityCountry(name);
	if (!code) return [];
	const sameCountry = CITY_INFO.filter((c) => c.country === code).map((c) => c.name);
	const home = COUNTRY_INFO.find((c) => c.code === code);
	const capitals = COUNTRY_INFO.filter((c) => c.subregion === home?.subregion && c.capital).map(
		(c) => c.capital
	);
	return [...new Set([...sameCountry, ...capitals])].filter((n) => n.toLowerCase() !== name.toLowerCase());
}

/** Nationality adjective → country ("Malian" → Mali), so that "the Malian capital" is known to name Mali. */
export const DEMONYMS: Record<string, string> = Object.fromEntries([
	...[...COUNTRY_INFO, ...HOME_NATIONS].filter((c) => c.demonym).map((c) => [c.demonym, c.name]),
	['Burkinabe', 'Burkina Faso'],
	['African', 'Africa'],
	['European', 'Europe'],
	['Asian', 'Asia'],
	['Arab', 'Arabia'],
	['Soviet', 'Soviet Union'],
	['Caribbean', 'Caribbean'],
	['Latin American', 'Latin America']
]);

/** Continents and other large regions: hand-made, as the data packages name subregions only. */
export const REGIONS = list(
	'Africa|Europe|Asia|North America|South America|Latin America|Oceania|Antarctica|Arctic|Middle East|' +
		'Sahel|Sahara|West Africa|East Africa|North Africa|Southern Africa|Central Africa|Balkans|Caribbean|' +
		'Scandinavia|Siberia|Mediterranean|Atlantic|Pacific|Indian Ocean|Horn of Africa|Central Asia|Southeast Asia'
);

/** Organisations by sort, so that an armed group is never offered in place of a bank. */
export const ORGANISATION_SORTS: Record<string, string[]> = {
	intergovernmental: list(
		'United Nations|NATO|European Union|African Union|ECOWAS|World Bank|International Monetary Fund|' +
			'World Health Organization|UNESCO|UNICEF|OPEC|ASEAN|G7|G20|BRICS|Arab League|Commonwealth|Interpol|' +
			'World Trade Organization|International Criminal Court|G5 Sahel|UN|EU|AU|IMF|WHO|WTO|ICC'
	),
	armed: list('Al Qaeda|Islamic State|Boko Haram|Wagner Group|Al-Shabaab|Taliban|Hezbollah|Hamas|ISIS'),
	charity: list(
		'Red Cross|Amnesty International|Human Rights Watch|Greenpeace|Oxfam|Doctors Without Borders'
	),
	science: list(
		'NASA|CERN|European Space Agency|Royal Society|National Academy of Sciences|Max Planck Society'
	),
	assembly: list('Security Council|Supreme Court|Congress|Parliament|Senate|House of Commons|House of Lords')
};
export const ORGANISATIONS = Object.values(ORGANISATION_SORTS).flat();

const SORT_WORDS: [string, RegExp][] = [
	['armed', /\b(?:Army|Brigade|Militia|Front|Liberation|Rebels?)\b|\bgroup$/],
	[
		'science',
		/\b(?:Institute|Laboratory|Observatory|Survey|Society|Academy|Agency|Consortium|Centre|Center)\b/
	],
	['education', /\b(?:University|College|School)\b/],
	['party', /\b(?:Party|party)\b/],
	['club', /\b(?:Club|United|City|Rovers|Athletic|FC)\b/],
	['company', /\b(?:Company|Corporation|Inc|Ltd|Airlines|Motors|Mill|Factory|Works|Group)\b/],
	[
		'intergovernmental',
		/\b(?:Union|Nations|Alliance|League|Organi[sz]ation|Commission|Council|Bank|Fund|Federation)\b/
	],
	['assembly', /\b(?:Parliament|Assembly|Senate|Congress|Court)\b/]
];

/** The sort of an organisation, from the gazetteer or the words of its name. */
export function organisationSort(name: string): string | undefined {
	for (const [sort, names] of Object.entries(ORGANISATION_SORTS)) if (names.includes(name)) return sort;
	return SORT_WORDS.find(([, re]) => re.test(name))?.[0];
}

/** Words that make a proper-noun sequence an organisation ("Alliance of Sahel States", "Islamic State group"). */
export const ORG_WORDS = new Set(
	list(
		'Alliance|Organisation|Organization|Union|Council|Group|group|Bank|Party|party|Ministry|University|Company|' +
			'Corporation|Inc|Ltd|Agency|Association|Committee|Commission|Front|Movement|movement|Force|Army|Navy|Institute|' +
			'Society|League|Federation|Foundation|Fund|Court|Parliament|Assembly|Congress|Senate|Church|College|School|' +
			'Academy|Museum|Office|Department|Bureau|Service|Network|Press|Times|News|Airlines|Club|Team|Brigade|States|' +
			'Survey|Mill|Factory|Works|Mine|Refinery|Shipyard|Laboratory|Observatory|Program|Programme|Project|Initiative|' +
			'Consortium|Trust|Corps|Hospital|Institution|Authority|Board|Executive|Motors|Gallery'
	)
);

/** Titles and roles that precede or name a person ("President Mohamed Bazoum", "defence minister Abdoulaye Diop"). */
export const TITLES = new Set(
	list(
		'president|minister|leader|head|king|queen|prince|princess|emperor|empress|general|colonel|captain|' +
			'lieutenant|sergeant|commander|chancellor|senator|governor|mayor|pope|bishop|archbishop|sir|dame|lord|lady|' +
			'dr|mr|mrs|ms|prof|professor|judge|ambassador|secretary|director|chairman|chairwoman|chief|ceo|founder|' +
			'spokesman|spokeswoman|spokesperson|premier|sultan|sheikh|gen|col|capt|sen|gov|rev|reverend|' +
			'coach|author|writer|poet|painter|composer|scientist|physicist|chemist|economist|historian|philosopher|' +
			'manager|chairperson|executive|analyst|boss|striker|midfielder|defender|goalkeeper|captain|architect|' +
			'engineer|mathematician|astronomer|biologist|inventor|explorer|singer|actor|actress|director|producer|justice'
	)
);

export type GazetteerKind = 'country' | 'city' | 'region' | 'org';

const BY_NAME = new Map<string, GazetteerKind>();
for (const name of COUNTRY_BY_NAME.keys()) BY_NAME.set(name, 'country');
for (const name of [...CITY_BY_NAME.keys(), ...CAPITALS.keys()])
	if (!BY_NAME.has(name)) BY_NAME.set(name, 'city');
for (const name of REGIONS) BY_NAME.set(name.toLowerCase(), 'region');
for (const name of ORGANISATIONS) BY_NAME.set(name.toLowerCase(), 'org');
// Cities that share their name with a more common word or a person are left to the article's own clues.
for (const name of [
	'of',
	'as',
	'man',
	'bar',
	'mary',
	'victoria',
	'george',
	'douglas',
	'hamilton',
	'kingston'
])
	BY_NAME.delete(name);

export function gazetteerKind(name: string): GazetteerKind | undefined {
	return BY_NAME.get(name.toLowerCase());
}

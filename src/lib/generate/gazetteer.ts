/** A small built-in list of named things: types entities the NLP misses, and gives fallback distractors. */

const list = (s: string) => s.split('|');

// Ordered by region, so that the nearest entries in the list make plausible distractors.
export const COUNTRIES = list(
	'Mali|Niger|Burkina Faso|Chad|Mauritania|Senegal|Guinea|Gambia|Sierra Leone|Liberia|Ivory Coast|Ghana|Togo|Benin|' +
		'Nigeria|Cameroon|Gabon|Congo|Angola|Namibia|Botswana|South Africa|Zimbabwe|Zambia|Malawi|Mozambique|' +
		'Madagascar|Tanzania|Kenya|Uganda|Rwanda|Burundi|Ethiopia|Eritrea|Somalia|South Sudan|Sudan|Egypt|Libya|' +
		'Tunisia|Algeria|Morocco|Spain|Portugal|France|Belgium|Netherlands|Luxembourg|Germany|Switzerland|Austria|' +
		'Italy|Greece|Cyprus|Bulgaria|Romania|Moldova|Ukraine|Belarus|Poland|Czech Republic|Slovakia|Hungary|' +
		'Slovenia|Croatia|Bosnia|Serbia|Albania|Lithuania|Latvia|Estonia|Finland|Sweden|Norway|Denmark|Iceland|' +
		'Ireland|United Kingdom|Russia|Georgia|Armenia|Azerbaijan|Turkey|Syria|Lebanon|Israel|Jordan|Iraq|Iran|' +
		'Kuwait|Saudi Arabia|Qatar|United Arab Emirates|Oman|Yemen|Afghanistan|Pakistan|India|Nepal|Bangladesh|' +
		'Sri Lanka|Myanmar|Thailand|Laos|Cambodia|Vietnam|Malaysia|Singapore|Indonesia|Philippines|Taiwan|China|' +
		'Mongolia|North Korea|South Korea|Japan|Kazakhstan|Uzbekistan|Turkmenistan|Tajikistan|Australia|' +
		'New Zealand|Canada|United States|Mexico|Guatemala|Honduras|Nicaragua|Costa Rica|Panama|Cuba|Jamaica|' +
		'Haiti|Colombia|Venezuela|Ecuador|Peru|Bolivia|Chile|Argentina|Uruguay|Paraguay|Brazil|' +
		'England|Scotland|Wales|Britain|America|USA|US|UK|U.S.|U.K.'
);

export const CITIES = list(
	'Bamako|Niamey|Ouagadougou|Nouakchott|Dakar|Abidjan|Accra|Lagos|Abuja|Ndjamena|Kinshasa|Luanda|Johannesburg|' +
		'Cape Town|Nairobi|Addis Ababa|Cairo|Tunis|Algiers|Rabat|Lisbon|Madrid|Barcelona|Marseille|Lyon|Paris|' +
		'Brussels|Amsterdam|London|Oxford|Cambridge|Edinburgh|Dublin|Hamburg|Berlin|Munich|Geneva|Zurich|Vienna|' +
		'Prague|Warsaw|Budapest|Milan|Venice|Florence|Rome|Naples|Athens|Istanbul|Ankara|Kyiv|Moscow|Stockholm|' +
		'Oslo|Copenhagen|Helsinki|Jerusalem|Beirut|Damascus|Baghdad|Tehran|Riyadh|Dubai|Delhi|New Delhi|Mumbai|' +
		'Bangkok|Jakarta|Manila|Beijing|Shanghai|Seoul|Tokyo|Sydney|Melbourne|Ottawa|Toronto|Boston|New York|' +
		'Washington|Chicago|Los Angeles|Mexico City|Havana|Bogota|Lima|Santiago|Buenos Aires|Rio de Janeiro|Brasilia'
);

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
	['company', /\b(?:Company|Corporation|Inc|Ltd|Airlines|Mill|Factory|Works|Group)\b/],
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

/** Nationality adjective → country, so that "the Malian capital" is known to name Mali. */
export const DEMONYMS: Record<string, string> = {
	Malian: 'Mali',
	Nigerien: 'Niger',
	Nigerian: 'Nigeria',
	Burkinabe: 'Burkina Faso',
	Chadian: 'Chad',
	Mauritanian: 'Mauritania',
	Senegalese: 'Senegal',
	French: 'France',
	British: 'United Kingdom',
	English: 'England',
	American: 'United States',
	German: 'Germany',
	Italian: 'Italy',
	Spanish: 'Spain',
	Russian: 'Russia',
	Chinese: 'China',
	Japanese: 'Japan',
	Indian: 'India',
	Algerian: 'Algeria',
	Moroccan: 'Morocco',
	Egyptian: 'Egypt',
	Ghanaian: 'Ghana',
	Kenyan: 'Kenya',
	Canadian: 'Canada',
	Mexican: 'Mexico',
	Brazilian: 'Brazil',
	Australian: 'Australia',
	Dutch: 'Netherlands',
	Swedish: 'Sweden',
	Polish: 'Poland',
	Greek: 'Greece',
	Turkish: 'Turkey',
	Iranian: 'Iran',
	Israeli: 'Israel',
	Ukrainian: 'Ukraine',
	African: 'Africa',
	European: 'Europe',
	Asian: 'Asia',
	Arab: 'Arabia',
	Soviet: 'Soviet Union'
};

/** Words that make a proper-noun sequence an organisation ("Alliance of Sahel States", "Islamic State group"). */
export const ORG_WORDS = new Set(
	list(
		'Alliance|Organisation|Organization|Union|Council|Group|group|Bank|Party|party|Ministry|University|Company|' +
			'Corporation|Inc|Ltd|Agency|Association|Committee|Commission|Front|Movement|movement|Force|Army|Navy|Institute|' +
			'Society|League|Federation|Foundation|Fund|Court|Parliament|Assembly|Congress|Senate|Church|College|School|' +
			'Academy|Museum|Office|Department|Bureau|Service|Network|Press|Times|News|Airlines|Club|Team|Brigade|States|' +
			'Survey|Mill|Factory|Works|Mine|Refinery|Shipyard|Laboratory|Observatory|Program|Programme|Project|Initiative|Consortium|Trust|Corps|Hospital|Institution'
	)
);

/** Titles and roles that precede or name a person ("President Mohamed Bazoum", "defence minister Abdoulaye Diop"). */
export const TITLES = new Set(
	list(
		'president|minister|leader|head|king|queen|prince|princess|emperor|empress|general|colonel|captain|' +
			'lieutenant|sergeant|commander|chancellor|senator|governor|mayor|pope|bishop|archbishop|sir|dame|lord|lady|' +
			'dr|mr|mrs|ms|prof|professor|judge|ambassador|secretary|director|chairman|chairwoman|chief|ceo|founder|' +
			'spokesman|spokeswoman|spokesperson|premier|sultan|sheikh|gen|col|capt|sen|gov|rev|reverend|' +
			'coach|author|writer|poet|painter|composer|scientist|physicist|chemist|economist|historian|philosopher'
	)
);

export type GazetteerKind = 'country' | 'city' | 'region' | 'org';

const BY_NAME = new Map<string, GazetteerKind>();
for (const [kind, names] of [
	['country', COUNTRIES],
	['city', CITIES],
	['region', REGIONS],
	['org', ORGANISATIONS]
] as const)
	for (const name of names) BY_NAME.set(name.toLowerCase(), kind);

export function gazetteerKind(name: string): GazetteerKind | undefined {
	return BY_NAME.get(name.toLowerCase());
}

const ALIASES: Record<string, string> = {
	us: 'united states',
	'u.s.': 'united states',
	usa: 'united states',
	'u.s.a.': 'united states',
	america: 'united states',
	uk: 'united kingdom',
	'u.k.': 'united kingdom',
	britain: 'united kingdom',
	'great britain': 'united kingdom'
};

/** One key for the names of one country ("U.S.", "USA", "United States"). */
export function countryKey(name: string): string {
	const lower = name.toLowerCase();
	return ALIASES[lower] ?? lower;
}

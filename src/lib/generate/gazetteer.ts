/** A small built-in list of named things: types entities the NLP misses, and gives fallback distractors. */

const list = (s: string) => s.split('|');

export const COUNTRIES = list(
	'Afghanistan|Albania|Algeria|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bangladesh|Belarus|' +
		'Belgium|Benin|Bolivia|Bosnia|Botswana|Brazil|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|' +
		'Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Denmark|Ecuador|Egypt|' +
		'Eritrea|Estonia|Ethiopia|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|Greece|Guatemala|Guinea|' +
		'Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|Italy|Ivory Coast|Jamaica|Japan|' +
		'Jordan|Kazakhstan|Kenya|Kuwait|Laos|Latvia|Lebanon|Liberia|Libya|Lithuania|Luxembourg|Madagascar|Malawi|' +
		'Malaysia|Mali|Mauritania|Mexico|Moldova|Mongolia|Morocco|Mozambique|Myanmar|Namibia|Nepal|Netherlands|' +
		'New Zealand|Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Panama|Paraguay|Peru|Philippines|' +
		'Poland|Portugal|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|' +
		'Slovenia|Somalia|South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Sweden|Switzerland|Syria|' +
		'Taiwan|Tajikistan|Tanzania|Thailand|Togo|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|' +
		'United Arab Emirates|United Kingdom|United States|Uruguay|Uzbekistan|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|' +
		'England|Scotland|Wales|Britain|America|USA|UK|U.S.|U.K.'
);

/** Country → capital, for cities as distractors of cities. */
export const CITIES = list(
	'Bamako|Niamey|Ouagadougou|Dakar|Abuja|Lagos|Accra|Abidjan|Nouakchott|Ndjamena|Algiers|Tunis|Rabat|Cairo|' +
		'Nairobi|Addis Ababa|Kinshasa|Luanda|Johannesburg|Cape Town|London|Paris|Berlin|Madrid|Rome|Lisbon|Vienna|' +
		'Brussels|Amsterdam|Geneva|Zurich|Stockholm|Oslo|Copenhagen|Helsinki|Warsaw|Prague|Budapest|Athens|Moscow|' +
		'Kyiv|Istanbul|Ankara|Tehran|Baghdad|Riyadh|Dubai|Jerusalem|Beirut|Damascus|Delhi|New Delhi|Mumbai|Beijing|' +
		'Shanghai|Tokyo|Seoul|Bangkok|Jakarta|Manila|Sydney|Melbourne|Ottawa|Toronto|Washington|New York|Chicago|' +
		'Los Angeles|Boston|Mexico City|Havana|Lima|Bogota|Buenos Aires|Santiago|Rio de Janeiro|Brasilia|' +
		'Edinburgh|Dublin|Venice|Florence|Milan|Naples|Munich|Hamburg|Lyon|Marseille|Barcelona|Oxford|Cambridge'
);

export const REGIONS = list(
	'Africa|Europe|Asia|North America|South America|Latin America|Oceania|Antarctica|Arctic|Middle East|' +
		'Sahel|Sahara|West Africa|East Africa|North Africa|Southern Africa|Central Africa|Balkans|Caribbean|' +
		'Scandinavia|Siberia|Mediterranean|Atlantic|Pacific|Indian Ocean|Horn of Africa|Central Asia|Southeast Asia'
);

export const ORGANISATIONS = list(
	'United Nations|UN|NATO|European Union|EU|African Union|AU|ECOWAS|World Bank|IMF|' +
		'International Monetary Fund|World Health Organization|WHO|UNESCO|UNICEF|Red Cross|Amnesty International|' +
		'Human Rights Watch|OPEC|ASEAN|G7|G20|BRICS|Arab League|Commonwealth|Interpol|World Trade Organization|WTO|' +
		'International Criminal Court|ICC|Security Council|G5 Sahel|Al Qaeda|Islamic State|Boko Haram|Wagner Group|' +
		'Greenpeace|NASA|CERN|European Space Agency|Royal Society|Supreme Court|Congress|Parliament|Senate'
);

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
	Arab: 'Arabia'
};

/** Words that make a proper-noun sequence an organisation ("Alliance of Sahel States", "Islamic State group"). */
export const ORG_WORDS = new Set(
	list(
		'Alliance|Organisation|Organization|Union|Council|Group|group|Bank|Party|party|Ministry|University|Company|' +
			'Corporation|Inc|Ltd|Agency|Association|Committee|Commission|Front|Movement|movement|Force|Army|Navy|Institute|' +
			'Society|League|Federation|Foundation|Fund|Court|Parliament|Assembly|Congress|Senate|Church|College|School|' +
			'Academy|Museum|Office|Department|Bureau|Service|Network|Press|Times|News|Airlines|Club|Team|Brigade|States'
	)
);

/** Titles and roles that precede or name a person ("President Mohamed Bazoum", "defence minister Abdoulaye Diop"). */
export const TITLES = new Set(
	list(
		'president|minister|leader|head|king|queen|prince|princess|emperor|empress|general|colonel|captain|' +
			'lieutenant|sergeant|commander|chancellor|senator|governor|mayor|pope|bishop|archbishop|sir|dame|lord|lady|' +
			'dr|mr|mrs|ms|prof|professor|judge|ambassador|secretary|director|chairman|chairwoman|chief|ceo|founder|' +
			'spokesman|spokeswoman|spokesperson|premier|sultan|sheikh|saint|st|gen|col|capt|sen|gov|rev|reverend|' +
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

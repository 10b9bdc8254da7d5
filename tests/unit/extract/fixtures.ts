import { readFileSync } from 'node:fs';

const url = (name: string) => new URL(`../../fixtures/formats/${name}`, import.meta.url);

export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(url(name)));
export const fixtureText = (name: string) => readFileSync(url(name), 'utf8');

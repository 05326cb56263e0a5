import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
	it('spells umlauts out, drops other accents and keeps single hyphens', () => {
		expect(slugify('Ländlicher Raum & ÖPNV', { fallback: 'x' })).toBe('laendlicher-raum-oepnv');
		expect(slugify('  Straße — Café Noël!  ', { fallback: 'x' })).toBe('strasse-cafe-noel');
	});

	it('cuts to the length without a hyphen at the end', () => {
		expect(slugify('Haushalt und Finanzen', { maxLength: 9, fallback: 'x' })).toBe('haushalt');
		expect(slugify('a'.repeat(100), { fallback: 'x' })).toHaveLength(100);
	});

	it('falls back when nothing usable is left', () => {
		expect(slugify('!!!', { fallback: 'thema' })).toBe('thema');
		expect(slugify('Ратуша', { fallback: 'beitrag' })).toBe('beitrag');
	});
});

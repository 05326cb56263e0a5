import { describe, expect, it } from 'vitest';
import { findMentions } from './mentions';

const people = [
	{ userId: 'mira', name: 'Mira Mitgliedermann' },
	{ userId: 'anna', name: 'Anna Maria' },
	{ userId: 'anna-maria-schulz', name: 'Anna Maria Schulz' },
	{ userId: 'jonas', name: 'Jonas Fraktionsberg' }
];

describe('findMentions', () => {
	it('finds full names after @, in any case, across line breaks in the name', () => {
		expect(findMentions('Danke @Mira Mitgliedermann!', people)).toEqual(['mira']);
		expect(findMentions('@jonas fraktionsberg, was meinst du?', people)).toEqual(['jonas']);
		expect(findMentions('Frage an @Mira\nMitgliedermann', people)).toEqual(['mira']);
	});

	it('prefers the longest name and still finds the shorter one where it stands alone', () => {
		expect(findMentions('Hallo @Anna Maria Schulz', people)).toEqual(['anna-maria-schulz']);
		expect(findMentions('@Anna Maria Schulz und @Anna Maria', people).sort()).toEqual([
			'anna',
			'anna-maria-schulz'
		]);
	});

	it('needs the @ and a word boundary after the name', () => {
		expect(findMentions('Mira Mitgliedermann hat recht', people)).toEqual([]);
		expect(findMentions('@Mira Mitgliedermannschaft', people)).toEqual([]);
		expect(findMentions('mail an mira@Mira Mitgliedermann', people)).toEqual([]);
	});

	it('treats names as text, not as patterns', () => {
		expect(findMentions('@A.B', [{ userId: 'x', name: 'A+B' }])).toEqual([]);
		expect(findMentions('@A+B ist da', [{ userId: 'x', name: 'A+B' }])).toEqual(['x']);
	});
});

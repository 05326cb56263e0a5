import { absoluteUrl } from '../auth/public-origin';
import { instanceConfig } from '../instance/instance-config';
import { formatLongDate } from '../../shared/format-date';
import type { DocumentHit } from '../search/documents/search-documents';

/** One saved search's part of a mail: its new results and how to stop them. */
export interface AlertSection {
	name: string;
	/** Absolute address of the search page with the saved words and filters. */
	searchUrl: string;
	unsubscribeUrl: string;
	items: DocumentHit[];
	/** New results beyond those listed (a long list is cut; the search page has them all). */
	more: number;
}

const SNIPPET_LENGTH = 300;

function shorten(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

function resultCount(n: number): string {
	return n === 1 ? 'ein neuer Treffer' : `${n} neue Treffer`;
}

function itemLines(section: AlertSection): string[] {
	const lines = section.items.map((item) => {
		const date = item.date ? ` (${formatLongDate(new Date(`${item.date}T12:00:00Z`))})` : '';
		const snippet = item.snippet ? `\n  ${shorten(item.snippet)}` : '';
		return `- ${item.title}${date}${snippet}\n  ${absoluteUrl(item.url)}`;
	});
	if (section.more > 0) {
		lines.push(
			`… und ${section.more === 1 ? 'ein weiterer' : `${section.more} weitere`}: ${section.searchUrl}`
		);
	}
	return lines;
}

function signature(lines: string[]): string {
	return [
		'',
		'-- ',
		...lines,
		`Gespeicherte Suchen verwalten: ${absoluteUrl('/konto/suchen')}`,
		'',
		instanceConfig().networkName
	].join('\n');
}

function total(section: AlertSection): number {
	return section.items.length + section.more;
}

/** New results of one saved search, mailed as soon as they appear. */
export function immediateAlertMail(section: AlertSection): { subject: string; text: string } {
	const count = total(section);
	const subject =
		count === 1
			? `Neu zu „${section.name}“: ${section.items[0]!.title}`
			: `${resultCount(count)} zu „${section.name}“`;
	const text = [
		`Zu Ihrer gespeicherten Suche „${section.name}“ gibt es ${resultCount(count)}:`,
		'',
		...itemLines(section),
		'',
		`Alle Treffer der Suche: ${section.searchUrl}`,
		signature([
			`Sie erhalten diese Mail, weil Sie für die Suche „${section.name}“ Mails sofort bei neuen Treffern gewählt haben.`,
			`Keine Mails mehr zu dieser Suche: ${section.unsubscribeUrl}`
		])
	].join('\n');
	return { subject, text };
}

/** The daily or weekly digest: every saved search of that rhythm with new results, one mail. */
export function digestAlertMail(
	frequency: 'daily' | 'weekly',
	sections: AlertSection[]
): { subject: string; text: string } {
	const count = sections.reduce((sum, section) => sum + total(section), 0);
	const period = frequency === 'daily' ? 'seit gestern' : 'in der letzten Woche';
	const subject =
		sections.length === 1
			? `${frequency === 'daily' ? 'Heute' : 'Diese Woche'}: ${resultCount(count)} zu „${sections[0]!.name}“`
			: `Ihre gespeicherten Suchen: ${resultCount(count)}`;
	const body = sections.map((section) =>
		[
			`== ${section.name} ==`,
			...itemLines(section),
			`Alle Treffer: ${section.searchUrl}`,
			`Keine Mails mehr zu „${section.name}“: ${section.unsubscribeUrl}`
		].join('\n')
	);
	const text = [
		`Das ist neu ${period} in Ihren gespeicherten Suchen:`,
		'',
		body.join('\n\n'),
		signature([
			`Sie erhalten diese Zusammenfassung, weil Sie für diese Suchen „${frequency === 'daily' ? 'täglich' : 'wöchentlich'}“ gewählt haben.`
		])
	].join('\n');
	return { subject, text };
}

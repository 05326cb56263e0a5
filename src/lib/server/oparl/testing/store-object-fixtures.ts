import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach } from 'vitest';
import { db } from '../../db';
import { createTestDatabase } from '../../testing/test-db';
import { oparlObject, oparlProblem } from '../schema';
import { createOparlSourceWithBody } from './seed-oparl';

/** Type URIs of OParl 1.0, as the fixtures write them. */
export const OPARL_10_TYPES = 'https://schema.oparl.org/1.0';
const T = OPARL_10_TYPES;

export type StoreObjectSource = Awaited<ReturnType<typeof storeObjectSource>>;

/**
 * The opening of the object store's test files, called at a file's top: one database for the
 * file, a source of its own for each test. The returned object is the current test's source.
 */
export function useStoreObjectTestDatabase(): StoreObjectSource {
	const current = {} as StoreObjectSource;
	beforeAll(async () => {
		await createTestDatabase();
	});
	beforeEach(async () => {
		Object.assign(current, await storeObjectSource());
	});
	return current;
}

/**
 * A source (and body URL) of its own for one test of the object store, with objects to store
 * into it and what the store wrote for it: tests of one file share a database, not their rows.
 */
export async function storeObjectSource() {
	const { sourceId, bodyId, base } = await createOparlSourceWithBody(db, { oparlVersion: '1.0' });

	/** A paper shaped like the Hürtgenwald fixture's (Sternberg): files and consultation embedded. */
	function paper(overrides: Record<string, unknown> = {}) {
		return {
			id: `${base}/paper/782`,
			type: `${T}/Paper`,
			body: base,
			name: 'Regelförderung der Vereine; \nhier: Neuverteilung',
			reference: '159/2006',
			date: '2007-01-23',
			paperType: 'Beschlussvorlage',
			mainFile: {
				id: `${base}/file/1-3156`,
				type: `${T}/File`,
				name: 'Beschlussvorlage',
				mimeType: 'application/pdf',
				date: '2007-01-23',
				accessUrl: `${base}/files/TOKEN/Beschlussvorlage_159-2006.pdf`,
				downloadUrl: `${base}/files/download/TOKEN/Beschlussvorlage_159-2006.pdf`
			},
			auxiliaryFile: [
				{ id: `${base}/file/1-3157`, type: `${T}/File`, name: 'Lageplan', mimeType: 'image/jpeg' }
			],
			consultation: [
				{
					id: `${base}/consultation/1509`,
					type: `${T}/Consultation`,
					agendaItem: `${base}/agendaitem/3540`,
					meeting: `${base}/meeting/333`,
					organization: [`${base}/organization/1-9`]
				}
			],
			created: '2009-12-17T15:55:45+01:00',
			modified: '2009-12-17T15:55:45+01:00',
			web: 'https://ris.example.test/vorgang/?__=abc',
			...overrides
		};
	}

	function meeting(agendaItems: Record<string, unknown>[]) {
		return {
			id: `${base}/meeting/333`,
			type: `${T}/Meeting`,
			body: base,
			name: 'Ausschuss für Jugend, Kultur und Vereine',
			start: '2007-01-23T18:00:00+01:00',
			end: '2007-01-23T19:00:00+01:00',
			location: {
				id: `${base}/location/2-1`,
				type: `${T}/Location`,
				room: 'Großer Sitzungssaal',
				streetAddress: 'August-Scholl-Str. 5',
				postalCode: '52393\u00a0',
				locality: 'Hürtgenwald'
			},
			organization: [`${base}/organization/1-9`],
			agendaItem: agendaItems,
			created: '2009-12-17T15:55:45+01:00',
			modified: '2010-01-02T10:00:00+01:00'
		};
	}

	const agendaItems = (): Record<string, unknown>[] => [
		{
			id: `${base}/agendaitem/3539`,
			type: `${T}/AgendaItem`,
			number: 'A',
			name: 'Öffentliche Sitzung'
		},
		{
			id: `${base}/agendaitem/3540`,
			type: `${T}/AgendaItem`,
			number: '3.',
			name: 'Regelförderung der Vereine',
			consultation: `${base}/consultation/1509`,
			resolutionFile: { id: `${base}/file/1-4145`, type: `${T}/File`, name: 'Beschlusstext' }
		}
	];

	/** The stored row of an object of this source, by its URL. */
	async function objectRow(url: string) {
		const [row] = await db
			.select()
			.from(oparlObject)
			.where(and(eq(oparlObject.sourceId, sourceId), eq(oparlObject.oparlId, url)));
		return row;
	}

	async function problems() {
		return db.select().from(oparlProblem).where(eq(oparlProblem.sourceId, sourceId));
	}

	return { sourceId, bodyId, base, paper, meeting, agendaItems, objectRow, problems };
}

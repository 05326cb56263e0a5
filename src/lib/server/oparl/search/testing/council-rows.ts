import { createHash } from 'node:crypto';
import type { OparlObjectType } from '$lib/shared/oparl';
import { db } from '../../../db';
import {
	oparlAgendaItem,
	oparlBody,
	oparlConsultation,
	oparlFile,
	oparlMeeting,
	oparlObject,
	oparlOrganization,
	oparlPaper,
	oparlSource
} from '../../schema';

/**
 * Imported council rows written straight into the tables, as the sync would leave them, for the
 * search and file tests: no HTTP, no store. Ids are the OParl URLs under one fake system.
 */
export class CouncilRows {
	private counter = 0;

	private constructor(
		readonly sourceId: string,
		readonly bodyId: string,
		readonly base: string
	) {}

	/** A source with one body (followed unless told otherwise), optionally matched to the directory. */
	static async create(
		options: {
			base?: string;
			bodyName?: string;
			followed?: boolean;
			directoryBodyId?: string | null;
			maxFileBytes?: number;
		} = {}
	): Promise<CouncilRows> {
		const base = options.base ?? `http://127.0.0.1:9/oparl-${randomTag()}`;
		const [source] = await db
			.insert(oparlSource)
			.values({
				systemUrl: `${base}/system`,
				name: 'Testsystem',
				oparlVersion: '1.1',
				...(options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {})
			})
			.returning({ id: oparlSource.id });
		const [object] = await db
			.insert(oparlObject)
			.values({
				sourceId: source!.id,
				oparlId: `${base}/body/1`,
				type: 'body',
				raw: { id: `${base}/body/1` }
			})
			.returning({ id: oparlObject.id });
		await db.insert(oparlBody).values({
			objectId: object!.id,
			sourceId: source!.id,
			name: options.bodyName ?? 'Gemeinde Teststadt',
			followed: options.followed ?? true,
			directoryBodyId: options.directoryBodyId ?? null
		});
		return new CouncilRows(source!.id, object!.id, base);
	}

	async object(
		type: OparlObjectType,
		values: Partial<typeof oparlObject.$inferInsert> = {}
	): Promise<string> {
		const oparlId = values.oparlId ?? `${this.base}/${type}/${++this.counter}`;
		const [row] = await db
			.insert(oparlObject)
			.values({
				sourceId: this.sourceId,
				bodyId: this.bodyId,
				type,
				oparlId,
				raw: values.placeholder ? null : { id: oparlId },
				contentHash: createHash('sha256').update(oparlId).digest('hex'),
				fetchedAt: new Date(),
				...values
			})
			.returning({ id: oparlObject.id });
		return row!.id;
	}

	async organization(name: string): Promise<string> {
		const id = await this.object('organization');
		await db.insert(oparlOrganization).values({ objectId: id, bodyId: this.bodyId, name });
		return id;
	}

	async paper(
		values: Partial<typeof oparlPaper.$inferInsert> = {},
		object: Partial<typeof oparlObject.$inferInsert> = {}
	): Promise<string> {
		const id = await this.object('paper', object);
		await db.insert(oparlPaper).values({ objectId: id, bodyId: this.bodyId, ...values });
		return id;
	}

	async meeting(values: Partial<typeof oparlMeeting.$inferInsert> = {}): Promise<string> {
		const id = await this.object('meeting');
		await db.insert(oparlMeeting).values({ objectId: id, bodyId: this.bodyId, ...values });
		return id;
	}

	/** An agenda item embedded in its meeting (parent set, `meetingId` left empty as Sternberg does). */
	async agendaItem(
		meetingId: string,
		values: Partial<typeof oparlAgendaItem.$inferInsert> = {}
	): Promise<string> {
		const id = await this.object('agendaItem', { parentId: meetingId });
		await db.insert(oparlAgendaItem).values({ objectId: id, ...values });
		return id;
	}

	/** A consultation embedded in its paper without a `paper` field. */
	async consultation(
		paperId: string,
		values: Partial<typeof oparlConsultation.$inferInsert> = {}
	): Promise<string> {
		const id = await this.object('consultation', { parentId: paperId });
		await db.insert(oparlConsultation).values({ objectId: id, ...values });
		return id;
	}

	async file(
		parentId: string | null,
		values: Partial<typeof oparlFile.$inferInsert> = {}
	): Promise<string> {
		const id = await this.object('file', { parentId });
		await db.insert(oparlFile).values({ objectId: id, ...values });
		return id;
	}
}

function randomTag(): string {
	return Math.random().toString(36).slice(2, 10);
}

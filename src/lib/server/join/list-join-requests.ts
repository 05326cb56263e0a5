import { count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { JoinRequestStatus, MunicipalActivity } from '../../shared/join';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { territorialUnit } from '../territory/schema';
import { joinRequest } from './schema';

export const JOIN_PAGE_SIZE = 25;

/** The inbox's tabs: waiting for a decision, or decided. Unconfirmed requests are never shown. */
export type JoinInboxFilter = 'open' | 'decided';

export interface JoinRequestSummary {
	id: string;
	name: string;
	email: string;
	districtName: string;
	activity: MunicipalActivity;
	status: JoinRequestStatus;
	confirmedAt: Date | null;
	decidedAt: Date | null;
}

export async function listJoinRequests(options: {
	actor: SessionUser | null;
	filter: JoinInboxFilter;
	page?: number;
}): Promise<{ items: JoinRequestSummary[]; total: number; openCount: number }> {
	assertCan(options.actor, 'join.manage');
	const page = Math.max(1, options.page ?? 1);
	const where: SQL =
		options.filter === 'open'
			? eq(joinRequest.status, 'open')
			: inArray(joinRequest.status, ['accepted', 'declined']);
	const order =
		options.filter === 'open' ? [desc(joinRequest.confirmedAt)] : [desc(joinRequest.decidedAt)];
	const rows = await db
		.select({
			id: joinRequest.id,
			name: joinRequest.name,
			email: joinRequest.email,
			districtAgs: joinRequest.districtAgs,
			districtName: territorialUnit.name,
			activity: joinRequest.activity,
			status: joinRequest.status,
			confirmedAt: joinRequest.confirmedAt,
			decidedAt: joinRequest.decidedAt
		})
		.from(joinRequest)
		.leftJoin(territorialUnit, eq(territorialUnit.ags, joinRequest.districtAgs))
		.where(where)
		.orderBy(...order, desc(joinRequest.id))
		.limit(JOIN_PAGE_SIZE)
		.offset((page - 1) * JOIN_PAGE_SIZE);
	const [total] = await db.select({ n: count() }).from(joinRequest).where(where);
	const [open] = await db
		.select({ n: count() })
		.from(joinRequest)
		.where(eq(joinRequest.status, 'open'));
	return {
		items: rows.map(({ districtAgs, districtName, ...row }) => ({
			...row,
			districtName: districtName ?? districtAgs
		})),
		total: total?.n ?? 0,
		openCount: open?.n ?? 0
	};
}

import { and, count, desc, eq, gte, ilike, lte, type SQL } from 'drizzle-orm';
import { endOfBerlinDay, startOfBerlinDay } from '../../shared/berlin-time';
import { likePattern } from '../auth/like-pattern';
import { assertCan } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { auditActionLabel, AUDIT_ACTION_LABELS, describeAuditDetails } from './action-labels';
import { auditLog } from './schema';

export interface AuditLogFilter {
	/** Exact action code, e.g. `user.role_change`. */
	action?: string | null;
	/** Part of the acting person's name. */
	actor?: string | null;
	/** Part of the target's label (name, address …). */
	target?: string | null;
	/** `YYYY-MM-DD`, Berlin calendar days, both inclusive. */
	from?: string | null;
	to?: string | null;
}

export interface AuditLogItem {
	id: string;
	at: Date;
	actorLabel: string;
	actorUserId: string | null;
	action: string;
	actionLabel: string;
	targetType: string | null;
	targetId: string | null;
	targetLabel: string | null;
	summary: string | null;
	ip: string | null;
}

/** The board's audit log: newest first, filtered, 50 a page. */
export async function listAuditLog(options: {
	actor: SessionUser | null;
	filter?: AuditLogFilter;
	page?: number;
	pageSize?: number;
}): Promise<{ total: number; page: number; pageSize: number; items: AuditLogItem[] }> {
	assertCan(options.actor, 'admin.audit');
	const filter = options.filter ?? {};
	const pageSize = Math.min(Math.max(options.pageSize ?? 50, 1), 200);
	const conditions: SQL[] = [];
	if (filter.action) conditions.push(eq(auditLog.action, filter.action));
	if (filter.actor?.trim())
		conditions.push(ilike(auditLog.actorLabel, likePattern(filter.actor.trim())));
	if (filter.target?.trim())
		conditions.push(ilike(auditLog.targetLabel, likePattern(filter.target.trim())));
	const from = filter.from ? startOfBerlinDay(filter.from) : null;
	const to = filter.to ? endOfBerlinDay(filter.to) : null;
	if (from) conditions.push(gte(auditLog.at, from));
	if (to) conditions.push(lte(auditLog.at, to));
	const where = conditions.length > 0 ? and(...conditions) : undefined;

	const [{ total } = { total: 0 }] = await db
		.select({ total: count() })
		.from(auditLog)
		.where(where);
	const pages = Math.max(1, Math.ceil(total / pageSize));
	const page = Math.min(Math.max(Math.trunc(options.page ?? 1), 1), pages);
	const rows = await db
		.select()
		.from(auditLog)
		.where(where)
		.orderBy(desc(auditLog.at), desc(auditLog.id))
		.limit(pageSize)
		.offset((page - 1) * pageSize);
	return {
		total,
		page,
		pageSize,
		items: rows.map((row) => ({
			id: row.id,
			at: row.at,
			actorLabel: row.actorLabel ?? 'System',
			actorUserId: row.actorUserId,
			action: row.action,
			actionLabel: auditActionLabel(row.action),
			targetType: row.targetType,
			targetId: row.targetId,
			targetLabel: row.targetLabel,
			summary: describeAuditDetails(row.action, row.details),
			ip: row.ip
		}))
	};
}

/** Actions to offer in the filter: the known ones plus any others that occur in the log. */
export async function listAuditActions(options: {
	actor: SessionUser | null;
}): Promise<{ action: string; label: string }[]> {
	assertCan(options.actor, 'admin.audit');
	const used = await db.selectDistinct({ action: auditLog.action }).from(auditLog);
	const all = new Set([...Object.keys(AUDIT_ACTION_LABELS), ...used.map((row) => row.action)]);
	return [...all]
		.map((action) => ({ action, label: auditActionLabel(action) }))
		.sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

import { and, eq, sql, type SQL } from 'drizzle-orm';
import { SIMILAR_LIMIT, type SimilarItem } from '$lib/shared/oparl-similar';
import { db } from '../../db';
import { isUuid } from '../../directory/is-uuid';
import { motion } from '../../motions/schema';
import { searchDocumentReadCondition, type MotionViewer } from '../../motions/visibility';
import { searchDocument } from '../../search/schema';
import { organization } from '../../territory/schema';
import { oparlBody, oparlObject, oparlPaper } from '../schema';
import { describeSimilar } from './describe-similar';
import { keyTerms } from './key-terms';
import { rankSimilar } from './rank-similar';

export type SimilarSource = { paperId: string } | { motionId: string };

/**
 * "Dieses Thema anderswo": the papers of other councils and the network's own motions most
 * similar to a council paper or a motion, with what came of them, as far as `viewer` may read
 * them (a members-only motion never reaches the public). Papers of the source's own council are
 * left out: the page itself is about that council.
 *
 * Similarity is full-text: the source's key terms (see key-terms.ts) searched in the one search
 * table, so it needs no model and follows every reindex.
 */
export async function findSimilarElsewhere(
	source: SimilarSource,
	viewer: MotionViewer,
	options: { limit?: number } = {}
): Promise<SimilarItem[]> {
	const limit = Math.min(Math.max(options.limit ?? SIMILAR_LIMIT, 1), 20);
	const resolved =
		'paperId' in source
			? await paperSource(source.paperId)
			: await motionSource(source.motionId, viewer);
	if (!resolved) return [];
	const terms = await keyTerms(resolved.tsv, { exclude: resolved.document });
	const ranked = await rankSimilar({
		terms,
		viewer,
		types: ['paper', 'motion'],
		limit,
		exclude: resolved.document,
		excludeOparlBodyId: resolved.oparlBodyId,
		excludeDirectoryBodyId: resolved.directoryBodyId
	});
	return describeSimilar(ranked);
}

interface ResolvedSource {
	document: { type: string; sourceId: string };
	/** SQL yielding the source's tsvector. */
	tsv: SQL;
	oparlBodyId: string | null;
	directoryBodyId: string | null;
}

/** A shown paper (followed body, not deleted, not a placeholder) and its indexed text. */
async function paperSource(paperId: string): Promise<ResolvedSource | null> {
	if (!isUuid(paperId)) return null;
	const [paper] = await db
		.select({ bodyId: oparlPaper.bodyId, directoryBodyId: oparlBody.directoryBodyId })
		.from(oparlPaper)
		.innerJoin(oparlObject, eq(oparlObject.id, oparlPaper.objectId))
		.innerJoin(oparlBody, eq(oparlBody.objectId, oparlPaper.bodyId))
		.where(
			and(
				eq(oparlPaper.objectId, paperId),
				eq(oparlBody.followed, true),
				eq(oparlObject.deleted, false),
				eq(oparlObject.placeholder, false)
			)
		);
	if (!paper) return null;
	// A paper not indexed yet (its files still downloading) is described by its name.
	const tsv = sql`coalesce(
		(SELECT ${searchDocument.tsv} FROM ${searchDocument} WHERE ${searchDocument.type} = 'paper' AND ${searchDocument.sourceId} = ${paperId}::uuid),
		(SELECT setweight(to_tsvector('german', ${oparlPaper.name}), 'A') FROM ${oparlPaper} WHERE ${oparlPaper.objectId} = ${paperId}::uuid)
	)`;
	return {
		document: { type: 'paper', sourceId: paperId },
		tsv,
		oparlBodyId: paper.bodyId,
		directoryBodyId: paper.directoryBodyId
	};
}

/** A motion the viewer may read (by its search row, which carries the same access facts). */
async function motionSource(
	motionId: string,
	viewer: MotionViewer
): Promise<ResolvedSource | null> {
	if (!isUuid(motionId)) return null;
	const [row] = await db
		.select({ directoryBodyId: organization.bodyId })
		.from(searchDocument)
		.innerJoin(motion, eq(motion.id, searchDocument.sourceId))
		.leftJoin(organization, eq(organization.id, motion.councilId))
		.where(
			and(
				eq(searchDocument.type, 'motion'),
				eq(searchDocument.sourceId, motionId),
				searchDocumentReadCondition(viewer)
			)
		);
	if (!row) return null;
	return {
		document: { type: 'motion', sourceId: motionId },
		tsv: sql`(SELECT ${searchDocument.tsv} FROM ${searchDocument} WHERE ${searchDocument.type} = 'motion' AND ${searchDocument.sourceId} = ${motionId}::uuid)`,
		oparlBodyId: null,
		directoryBodyId: row.directoryBodyId
	};
}

import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db';
import { legislativeTerm } from '../schema';
import { TermError } from './term-error';

/**
 * A term the board may change, locked for the change. Terms imported from a council system are
 * the source's: the next sync would undo any change, so they are refused here.
 */
export async function loadEditableTerm(tx: Transaction, id: string) {
	const [term] = await tx
		.select()
		.from(legislativeTerm)
		.where(eq(legislativeTerm.id, id))
		.for('update');
	if (!term) throw new TermError('term_not_found');
	if (term.oparlId) throw new TermError('imported');
	return term;
}

import type { DirectoryFixtures } from '../../directory/testing/directory-fixtures';

/** Who may read a corpus document (stored as searchAccessOf would, see corpus.ts). */
export type Access = 'public' | 'members' | 'faction' | 'author';
type Topic = keyof DirectoryFixtures['topics'];
export type District = 'vg' | 'lup' | 'hro';

export interface CorpusDocument {
	title: string;
	body: string;
	attachment?: string;
	kind: 'motion' | 'inquiry' | 'resolution' | 'template' | 'statement';
	status: string;
	topics: Topic[];
	district: District;
	date: string;
	access: Access;
}

/** One document, public unless `access` says otherwise. */
export const doc = (
	title: string,
	body: string,
	kind: CorpusDocument['kind'],
	status: string,
	topics: Topic[],
	district: District,
	date: string,
	access: Access = 'public',
	attachment?: string
): CorpusDocument => ({ title, body, kind, status, topics, district, date, access, attachment });

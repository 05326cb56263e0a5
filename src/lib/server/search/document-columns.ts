/**
 * Every column of a search row that its writer sets (all but the key, `type` + `sourceId`, and
 * what the database derives): an upsert of a row replaces them all. Rows of the network's own
 * records leave `oparlBodyId` empty; council documents set it.
 */
export const SEARCH_ROW_COLUMNS = [
	'title',
	'body',
	'attachmentText',
	'url',
	'date',
	'kind',
	'status',
	'topicIds',
	'districtAgs',
	'councilType',
	'organizationId',
	'oparlBodyId',
	'access',
	'readerFactionIds',
	'readerUserIds',
	'modifiedAt'
] as const;

// The one schema barrel: every capability keeps its tables in its own schema.ts.
export * from '../settings/schema';
export * from '../audit/schema';
export * from '../auth/schema';
export * from '../territory/schema';
export * from '../mail/schema';
export * from '../security/schema';
export * from '../directory/schema';
export * from '../discussions/schema';
export * from '../files/schema';
export * from '../motions/schema';
export * from '../search/schema';
export * from '../api-tokens/schema';
export * from '../landtag/schema';
export * from '../alerts/schema';
export * from '../events/schema';
export * from '../content/schema';
export * from '../join/schema';

/** Path segments the group routes use themselves; a group may not take them as its address. */
export const RESERVED_SLUGS = new Set(['neu']);

/** The bundle's format tag, current schema version and part names (no imports: every bundle module reads them). */
export const BUNDLE_FORMAT = 'murmur-bundle';
export const BUNDLE_SCHEMA_VERSION = 3;

/** The parts a bundle may hold, in display order. */
export const BUNDLE_PARTS = ['sentiment', 'topics', 'engagement'] as const;
export type BundlePart = (typeof BUNDLE_PARTS)[number];

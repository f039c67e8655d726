/** The emiss version (kept equal to package.json's by a test). */
export const EMISS_VERSION = '0.1.0';

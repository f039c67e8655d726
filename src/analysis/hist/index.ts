/** Histograms with ROOT's object model and its TBufferJSON layout (TH1D/TH2D). No Node-only API. */
export { Hist1D } from './hist-1d.js';
export { Hist2D } from './hist-2d.js';
export { histFromRootJson } from './hist-from-root-json.js';
export { checkBinning } from './check-binning.js';
export { rootAxisJson, ROOT_NO_ZOOM } from './root-json.js';
export type { RootAxisJson, RootTH1Json, RootTH2Json, RootList } from './root-json.js';
export { binIndexSql } from './bin-index-sql.js';

import { EmissError } from '../../core/index.js';

/**
 * Checks a regular binning: `nBins` a positive integer (at most 10^8 bins in total) and
 * `lo < hi`, both finite. Throws `BAD_OPTION` naming the histogram and the axis otherwise.
 * @param where - the place to name, e.g. `hist 'e_ecal' x axis`.
 */
export function checkBinning(nBins: number, lo: number, hi: number, where: string): void {
  if (!Number.isInteger(nBins) || nBins < 1 || nBins > 1e8) {
    throw new EmissError('BAD_OPTION', where, `number of bins ${nBins} must be a positive integer (a histogram needs at least one bin)`, 'an integer from 1 to 1e8');
  }
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi)) {
    throw new EmissError('BAD_OPTION', where, `axis range [${lo}, ${hi}] must be finite with low < high`, 'finite low < high');
  }
}

/**
 * The TBufferJSON layout of ROOT's histogram classes (TH1D, TH2D), as ROOT 6 writes it
 * (`TBufferJSON::ToJSON`) and JSROOT reads it. Member names and defaults follow ROOT's class
 * definitions (TH1.h, TH2.h, TAxis.h, TAttAxis.h; ROOT v6.30) and JSROOT's `create()`
 * (modules/core.mjs), so that `TBufferJSON::FromJSON` and `JSROOT.parse` both accept the object.
 */

/** A ROOT TList as TBufferJSON writes it. */
export interface RootList {
  _typename: 'TList';
  name: string;
  arr: unknown[];
  opt: string[];
}

/** TAxis (with TNamed and TAttAxis members) in TBufferJSON layout. */
export interface RootAxisJson {
  _typename: 'TAxis';
  fUniqueID: number;
  fBits: number;
  fName: string;
  fTitle: string;
  fNdivisions: number;
  fAxisColor: number;
  fLabelColor: number;
  fLabelFont: number;
  fLabelOffset: number;
  fLabelSize: number;
  fTickLength: number;
  fTitleOffset: number;
  fTitleSize: number;
  fTitleColor: number;
  fTitleFont: number;
  fNbins: number;
  fXmin: number;
  fXmax: number;
  /** Variable bin edges; empty for regular binning. */
  fXbins: number[];
  fFirst: number;
  fLast: number;
  fBits2: number;
  fTimeDisplay: boolean;
  fTimeFormat: string;
  fLabels: null;
  fModLabs: null;
}

/** TH1D in TBufferJSON layout. `fArray` and `fSumw2` hold fNcells = nBins + 2 values (under/overflow). */
export interface RootTH1Json {
  _typename: 'TH1D' | 'TH2D';
  fUniqueID: number;
  fBits: number;
  fName: string;
  fTitle: string;
  fLineColor: number;
  fLineStyle: number;
  fLineWidth: number;
  fFillColor: number;
  fFillStyle: number;
  fMarkerColor: number;
  fMarkerStyle: number;
  fMarkerSize: number;
  fNcells: number;
  fXaxis: RootAxisJson;
  fYaxis: RootAxisJson;
  fZaxis: RootAxisJson;
  fBarOffset: number;
  fBarWidth: number;
  fEntries: number;
  /** Σw over in-range bins. */
  fTsumw: number;
  /** Σw² over in-range bins. */
  fTsumw2: number;
  /** Σw·x over in-range bins. */
  fTsumwx: number;
  /** Σw·x² over in-range bins. */
  fTsumwx2: number;
  fMaximum: number;
  fMinimum: number;
  fNormFactor: number;
  fContour: number[];
  /** Σw² per cell (same length as fArray). */
  fSumw2: number[];
  fOption: string;
  fFunctions: RootList;
  fBufferSize: number;
  fBuffer: number[];
  fBinStatErrOpt: number;
  fStatOverflows: number;
  /** Σw per cell, under- and overflow included: cell = ix + (nx + 2)·iy. */
  fArray: number[];
}

/** TH2D in TBufferJSON layout: TH1 members plus the TH2 ones. */
export interface RootTH2Json extends RootTH1Json {
  fScalefactor: number;
  /** Σw·y over in-range bins. */
  fTsumwy: number;
  /** Σw·y² over in-range bins. */
  fTsumwy2: number;
  /** Σw·x·y over in-range bins. */
  fTsumwxy: number;
}

/** ROOT's kNoZoom: fMaximum/fMinimum not set (TH1.h). */
export const ROOT_NO_ZOOM = -1111;

/** A TAxis in TBufferJSON layout with ROOT's default attributes (TAttAxis::ResetAttAxis). */
export function rootAxisJson(name: string, title: string, nBins: number, lo: number, hi: number): RootAxisJson {
  return {
    _typename: 'TAxis',
    fUniqueID: 0,
    fBits: 0,
    fName: name,
    fTitle: title,
    fNdivisions: 510,
    fAxisColor: 1,
    fLabelColor: 1,
    fLabelFont: 42,
    fLabelOffset: 0.005,
    fLabelSize: 0.035,
    fTickLength: 0.03,
    fTitleOffset: 1,
    fTitleSize: 0.035,
    fTitleColor: 1,
    fTitleFont: 42,
    fNbins: nBins,
    fXmin: lo,
    fXmax: hi,
    fXbins: [],
    fFirst: 0,
    fLast: 0,
    fBits2: 0,
    fTimeDisplay: false,
    fTimeFormat: '',
    fLabels: null,
    fModLabs: null,
  };
}

/** The TH1 members common to TH1D and TH2D with ROOT's defaults (TH1::TH1, TAttLine/TAttFill/TAttMarker). */
export function rootTH1Base(
  typename: 'TH1D' | 'TH2D',
  name: string,
  title: string,
  axes: [RootAxisJson, RootAxisJson, RootAxisJson],
  array: Float64Array,
  sumw2: Float64Array,
  stats: { entries: number; tsumw: number; tsumw2: number; tsumwx: number; tsumwx2: number },
): RootTH1Json {
  return {
    _typename: typename,
    fUniqueID: 0,
    // kMustCleanup (bit 3), as TH1 objects written by ROOT carry it.
    fBits: 8,
    fName: name,
    fTitle: title,
    fLineColor: 602,
    fLineStyle: 1,
    fLineWidth: 1,
    fFillColor: 0,
    fFillStyle: 1001,
    fMarkerColor: 1,
    fMarkerStyle: 1,
    fMarkerSize: 1,
    fNcells: array.length,
    fXaxis: axes[0],
    fYaxis: axes[1],
    fZaxis: axes[2],
    fBarOffset: 0,
    fBarWidth: 1000,
    fEntries: stats.entries,
    fTsumw: stats.tsumw,
    fTsumw2: stats.tsumw2,
    fTsumwx: stats.tsumwx,
    fTsumwx2: stats.tsumwx2,
    fMaximum: ROOT_NO_ZOOM,
    fMinimum: ROOT_NO_ZOOM,
    fNormFactor: 0,
    fContour: [],
    fSumw2: Array.from(sumw2),
    fOption: '',
    fFunctions: { _typename: 'TList', name: 'TList', arr: [], opt: [] },
    fBufferSize: 0,
    fBuffer: [],
    fBinStatErrOpt: 0,
    // EStatOverflows::kNeutral
    fStatOverflows: 2,
    fArray: Array.from(array),
  };
}

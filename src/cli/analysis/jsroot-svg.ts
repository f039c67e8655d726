/**
 * Drawing ROOT objects to SVG with JSROOT in Node (its `makeSVG` runs on jsdom; no canvas
 * needed for SVG). Used for the 1D histograms of `emiss hist`: the picture is JSROOT's own
 * rendering of the TBufferJSON object written next to it, the "ROOT-readable" check made visible.
 */

interface JsrootApi {
  parse(json: string): unknown;
  makeSVG(args: { object: unknown; option: string; width: number; height: number }): Promise<string>;
}

let jsroot: Promise<JsrootApi> | undefined;

/** SVG of a ROOT object (TBufferJSON text) drawn by JSROOT with draw option `option` (`hist`, `colz`, …). */
export async function jsrootSvg(rootJson: string, option = 'hist', width = 800, height = 600): Promise<string> {
  jsroot ??= import('jsroot') as unknown as Promise<JsrootApi>;
  const J = await jsroot;
  return J.makeSVG({ object: J.parse(rootJson), option, width, height });
}

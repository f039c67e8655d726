/**
 * The Okabe–Ito palette: eight colours distinguishable under the common forms of colour-vision
 * deficiency (M. Okabe and K. Ito, "Color Universal Design", 2008; B. Wong, Nature Methods 8
 * (2011) 441, Fig. 2).
 */

/** The eight Okabe–Ito colours by name, as hex RGB. */
export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/**
 * The colour cycle for lines and markers without a colour: black first (the observed limit of a
 * HEP plot), then the colours that read best as thin lines on white; yellow, weakest on white, last.
 */
export const DEFAULT_COLORS: readonly string[] = [
  OKABE_ITO.black,
  OKABE_ITO.blue,
  OKABE_ITO.vermillion,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.orange,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
];

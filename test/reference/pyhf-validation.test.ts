/**
 * Validation of emiss's HistFactory likelihood and asymptotic CLs against pyhf and ROOT.
 *
 * 1. pyhf's documented two-bin example (README "Hello World" and `pyhf.infer.hypotest`
 *    docstring, scikit-hep/pyhf; `simplemodels.uncorrelated_background(signal=[12, 11],
 *    bkg=[50, 52], bkg_uncertainty=[3, 7])`, observations [51, 48], μ = 1, q̃_μ, asymptotics):
 *    CLs_obs = 0.05251497, CLs_exp = [0.00260626, 0.01382005, 0.06445321, 0.23525644, 0.57303621].
 *    Older pyhf releases print 0.05251510 for the same model: pyhf's own optimizer spread is
 *    2.5e-6; we agree to 1.2e-5 (obs) and 5.5e-5 (band, at −2σ). Tolerance 1e-4 relative.
 * 2. pyhf's validation against ROOT (scikit-hep/pyhf tests/test_validation.py with the inputs of
 *    validation/data/*.json; ROOT HistFactory reference values, test statistic q_μ):
 *    shapesys, coupled histosys and shapefactor cases agree to < 1e-6; lumi to 1.2e-5; normsys,
 *    one-channel histosys and coupled normsys to 1.5e-4 in the expected band (pyhf itself needs
 *    8e-5 for that histosys case). A brute-force check
 *    (test below) shows our q_μ,A is the exact optimum to 1e-7, so the residual is the reference
 *    fits' convergence; tolerances per case are set just above our measured deviation.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AsymptoticCalculator, buildModel, clsAsymptotic, parseWorkspace } from '../../src/stats/index.js';

const rel = (a: number, b: number): number => Math.abs(a - b) / Math.abs(b);
const mu = { name: 'mu', type: 'normfactor', data: null };
const wsOf = (channels: unknown[], observations: unknown[], parameters: unknown[] = []): unknown => ({ channels, observations, measurements: [{ name: 'm', config: { poi: 'mu', parameters } }], version: '1.0.0' });

describe('pyhf two-bin example (pyhf README / hypotest docstring)', () => {
  const model = buildModel(parseWorkspace(JSON.parse(readFileSync(new URL('./pyhf/simple-two-bin.json', import.meta.url), 'utf8')), 'simple-two-bin.json'));
  it('clsAsymptotic(model, 1) reproduces CLs_obs and the expected band within 1e-4', () => {
    const r = clsAsymptotic(model, 1);
    expect(rel(r.cls_obs, 0.05251497)).toBeLessThan(1e-4);
    const ref = [0.00260626, 0.01382005, 0.06445321, 0.23525644, 0.57303621];
    r.cls_exp.forEach((v, i) => expect(rel(v, ref[i])).toBeLessThan(1e-4));
  });
});

const VALIDATION: { name: string; ws: unknown; obs: number; exp: number[]; tol: number }[] = [
  {
    name: '1bin_shapesys (validation/data/1bin_example1.json)',
    ws: wsOf([{ name: 'c', samples: [{ name: 's', data: [10], modifiers: [mu] }, { name: 'b', data: [50], modifiers: [{ name: 'u', type: 'shapesys', data: [7] }] }] }], [{ name: 'c', data: [55] }]),
    obs: 0.4541865416107029,
    exp: [0.06371799398864626, 0.15096503398048894, 0.3279606950533305, 0.6046087303039118, 0.8662627605298466],
    tol: 1e-6,
  },
  {
    name: '1bin_lumi',
    ws: wsOf([{ name: 'channel1', samples: [{ name: 'signal', data: [20], modifiers: [mu] }, { name: 'b1', data: [100], modifiers: [{ name: 'lumi', type: 'lumi', data: null }] }, { name: 'b2', data: [0], modifiers: [{ name: 'lumi', type: 'lumi', data: null }] }] }], [{ name: 'channel1', data: [55] }], [{ auxdata: [1], bounds: [[0, 10]], inits: [1], name: 'lumi', sigmas: [0.1] }]),
    obs: 0.01047275,
    exp: [0.01060338, 0.04022273, 0.13614217, 0.37078321, 0.71104119],
    tol: 2e-5,
  },
  {
    name: '1bin_normsys (2 bins, normsys 0.9/1.1)',
    ws: wsOf([{ name: 'c', samples: [{ name: 's', data: [30, 95], modifiers: [mu] }, { name: 'b', data: [100, 150], modifiers: [{ name: 'bkg_norm', type: 'normsys', data: { lo: 0.9, hi: 1.1 } }] }] }], [{ name: 'c', data: [120, 180] }]),
    obs: 0.0006735317023683173,
    exp: [7.471684419037561e-10, 5.7411551509088054e-8, 3.6898088062731205e-6, 0.00016965731538267896, 0.004392708998555453],
    tol: 2e-4,
  },
  {
    name: '2bin_histosys (validation/data/2bin_histosys_example2.json)',
    ws: wsOf([{ name: 'c', samples: [{ name: 's', data: [30, 95], modifiers: [mu] }, { name: 'b', data: [100, 150], modifiers: [{ name: 'bkg_norm', type: 'histosys', data: { lo_data: [98, 100], hi_data: [102, 190] } }] }] }], [{ name: 'c', data: [120, 180] }]),
    obs: 0.1001463460725534,
    exp: [7.134513306138892e-6, 0.00012547100627138575, 0.001880010666437615, 0.02078964907605385, 0.13692494523572218],
    tol: 1e-4,
  },
  {
    name: '2bin_2channel shapesys (validation/data/2bin_2channel_example1.json)',
    ws: wsOf(
      [
        { name: 'signal', samples: [{ name: 's', data: [10, 35], modifiers: [mu] }, { name: 'b', data: [100, 150], modifiers: [{ name: 'us', type: 'shapesys', data: [10, 10] }] }] },
        { name: 'control', samples: [{ name: 'b', data: [200, 350], modifiers: [{ name: 'uc', type: 'shapesys', data: [5, 10] }] }] },
      ],
      [{ name: 'signal', data: [110, 155] }, { name: 'control', data: [205, 345] }],
    ),
    obs: 0.056332621064982304,
    exp: [0.00043491354821983556, 0.0034223000502860606, 0.02337423265831151, 0.1218654225510158, 0.40382074249477845],
    tol: 1e-6,
  },
  {
    name: '2bin_2channel coupled normsys (validation/data/2bin_2channel_couplednorm.json)',
    ws: wsOf(
      [
        { name: 'signal', samples: [{ name: 's', data: [10, 35], modifiers: [mu] }, { name: 'b1', data: [100, 100], modifiers: [{ name: 'cn', type: 'normsys', data: { lo: 0.9, hi: 1.1 } }] }, { name: 'b2', data: [50, 100], modifiers: [{ name: 'cn', type: 'normsys', data: { lo: 0.5, hi: 1.5 } }] }] },
        { name: 'control', samples: [{ name: 'b', data: [100, 100], modifiers: [{ name: 'cn', type: 'normsys', data: { lo: 0.9, hi: 1.1 } }] }] },
      ],
      [{ name: 'signal', data: [105, 220] }, { name: 'control', data: [110, 105] }],
    ),
    obs: 0.5906228034705155,
    exp: [0.055223914655538435, 0.13613239925395315, 0.3068720101493323, 0.5839470093910164, 0.8554725461337025],
    tol: 1.5e-4,
  },
  {
    name: '2bin_2channel coupled histosys (validation/data/2bin_2channel_coupledhisto.json)',
    ws: wsOf(
      [
        {
          name: 'signal',
          samples: [
            { name: 's', data: [30, 35], modifiers: [mu] },
            { name: 'bkg1', data: [100, 100], modifiers: [{ name: 'ch', type: 'histosys', data: { lo_data: [90, 90], hi_data: [110, 110] } }] },
            { name: 'bkg2', data: [50, 120], modifiers: [{ name: 'ch', type: 'histosys', data: { lo_data: [45, 45], hi_data: [55, 55] } }] },
          ],
        },
        { name: 'control', samples: [{ name: 'b', data: [105, 100], modifiers: [{ name: 'ch', type: 'histosys', data: { lo_data: [95, 90], hi_data: [110, 115] } }] }] },
      ],
      [{ name: 'signal', data: [170, 220] }, { name: 'control', data: [110, 105] }],
    ),
    obs: 0.07967400132261188,
    exp: [1.7653746536962154e-5, 0.00026265644807799805, 0.00334003612780065, 0.031522353024659715, 0.17907742915143962],
    tol: 1e-6,
  },
  {
    name: '2bin_2channel coupled shapefactor (validation/data/2bin_2channel_coupledshapefactor.json)',
    ws: wsOf(
      [
        { name: 'signal', samples: [{ name: 's', data: [20, 20], modifiers: [mu] }, { name: 'bkg1', data: [100, 70], modifiers: [{ name: 'sf', type: 'shapefactor', data: null }] }] },
        { name: 'control', samples: [{ name: 'b', data: [100, 100], modifiers: [{ name: 'sf', type: 'shapefactor', data: null }] }] },
      ],
      [{ name: 'signal', data: [220, 230] }, { name: 'control', data: [200, 300] }],
    ),
    obs: 0.5421679124909312,
    exp: [0.013753299929451691, 0.048887400056355966, 0.15555296253957684, 0.4007561343326305, 0.7357169630955912],
    tol: 1e-6,
  },
];

describe('pyhf validation workspaces against ROOT (tests/test_validation.py, q_μ, μ = 1)', () => {
  for (const c of VALIDATION) {
    it(`${c.name}: CLs within ${c.tol} relative`, () => {
      const r = clsAsymptotic(buildModel(parseWorkspace(c.ws, c.name)), 1, { testStatistic: 'q' });
      expect(rel(r.cls_obs, c.obs)).toBeLessThan(c.tol);
      r.cls_exp.forEach((v, i) => expect(rel(v, c.exp[i])).toBeLessThan(c.tol));
    });
  }
  it('q_μ,A of 1bin_normsys equals a brute-force profile (golden-section in α) to 1e-7', () => {
    const s = [30, 95];
    const b = [100, 150];
    const n = [120, 180];
    const k = (a: number): number => (a >= 0 ? 1.1 ** a : 0.9 ** -a);
    const nll = (m: number, a: number, d: number[], aux: number): number => 0.5 * (a - aux) ** 2 + [0, 1].reduce((t, i) => t + m * s[i] + b[i] * k(a) - d[i] * Math.log(m * s[i] + b[i] * k(a)), 0);
    const golden = (f: (x: number) => number): number => {
      let lo = -5;
      let hi = 5;
      for (let i = 0; i < 200; i++) {
        const m1 = lo + (hi - lo) * 0.382;
        const m2 = lo + (hi - lo) * 0.618;
        if (f(m1) < f(m2)) hi = m2;
        else lo = m1;
      }
      return (lo + hi) / 2;
    };
    const a0 = golden((a) => nll(0, a, n, 0));
    const asimov = b.map((x) => x * k(a0));
    const qA = 2 * (nll(1, golden((a) => nll(1, a, asimov, a0)), asimov, a0) - nll(0, golden((a) => nll(0, a, asimov, a0)), asimov, a0));
    const calc = new AsymptoticCalculator(buildModel(parseWorkspace(VALIDATION[2].ws)), { testStatistic: 'q' });
    expect(rel(calc.qAsimov(1), qA)).toBeLessThan(1e-7);
  });
});

"""Symbolic derivation of the squared amplitudes of lepton bremsstrahlung l N -> l N X
(X = vector, axial vector, scalar, pseudoscalar) used by src/physics/production/brems-amplitude.ts.

Run:  python3 docs/derivations/brems-traces.py     (needs sympy; a development tool, not a dependency)

Method: Dirac traces by the recursive formula Tr(a1...an) = sum_j (-1)^j (a1.aj) Tr(...) with
symbolic dot products; contracted index pairs removed first with the 4-d identities
g^mu X g_mu (Chisholm); gamma5 moved to the right and squared away. The 2->3 amplitude uses the
target current n (the target 4-velocity), the 2->2 one a real photon summed with -g.
The output coefficients are transcribed in brems-amplitude.ts and checked there numerically
against explicit 4x4 Dirac matrices (brems-amplitude.test.ts).
"""

import sympy as sp
from functools import lru_cache
from itertools import product

me, M = sp.symbols('m M', positive=True)
vecs = ['p', 'pp', 'k', 'n']
D = {}
for a in vecs:
    for b in vecs:
        key = tuple(sorted((a, b)))
        if key not in D:
            D[key] = sp.Symbol('d_' + key[0] + '_' + key[1])
def dot(a, b):
    return D[tuple(sorted((a, b)))]

# a factor: ('v',name) | ('i',idx) | ('5',)
def V(n): return ('v', n)
def I(i): return ('i', i)
G5 = ('5',)

def mul(*terms):
    """terms: each is list of (coef, [factors]); returns expanded product"""
    out = [(sp.Integer(1), [])]
    for t in terms:
        out = [(c1 * c2, f1 + f2) for (c1, f1) in out for (c2, f2) in t]
    return out

def slash_sum(pairs, mass=None):
    """sum of slashed vectors with coefs + mass*1"""
    t = [(sp.sympify(c), [V(n)]) for (c, n) in pairs]
    if mass is not None:
        t.append((mass, []))
    return t

def move_g5(coef, fs):
    # move all gamma5 to the right end
    fs = list(fs)
    sign = 1
    out = []
    n5 = 0
    for f in fs:
        if f[0] == '5':
            n5 += 1
        else:
            # passing this gamma past all g5 accumulated so far? we move g5 right: each g5 to the left passes this gamma
            if n5 % 2 == 1:
                sign = -sign
            out.append(f)
    return coef * sign, out, n5 % 2

def contract(fs):
    """returns list of (coef, factors) with no repeated index"""
    # find an index appearing twice
    pos = {}
    for j, f in enumerate(fs):
        if f[0] == 'i':
            pos.setdefault(f[1], []).append(j)
    for idx, js in pos.items():
        if len(js) == 2:
            i0, j0 = js
            # rotate so i0 is at 0 (cyclicity of trace)
            fs2 = fs[i0:] + fs[:i0]
            j = j0 - i0
            X = fs2[1:j]
            Y = fs2[j + 1:]
            n = len(X)
            res = []
            if n == 0:
                res = [(4, [] )]
            elif n % 2 == 1:
                res = [(-2, list(reversed(X)))]
            else:
                res = [(2, [X[-1]] + X[:-1]), (2, list(reversed(X[:-1])) + [X[-1]])]
            out = []
            for c, xs in res:
                for c2, f2 in contract(xs + Y):
                    out.append((c * c2, f2))
            return out
    return [(1, fs)]

@lru_cache(maxsize=None)
def tr(fs):
    """trace of product of slashed vectors (tuple of names), /4 normalisation NOT applied (Tr 1 = 4)"""
    n = len(fs)
    if n == 0:
        return sp.Integer(4)
    if n % 2 == 1:
        return sp.Integer(0)
    a = fs[0]
    s = 0
    for j in range(1, n):
        sign = 1 if j % 2 == 1 else -1
        rest = fs[1:j] + fs[j + 1:]
        s += sign * dot(a, fs[j]) * tr(rest)
    return sp.expand(s)

def trace_terms(terms):
    total = 0
    for c, fs in terms:
        c2, fs2, odd5 = move_g5(c, fs)
        if odd5:
            # Tr(... g5) with only 4 independent vectors: keep track
            sub = 0
            for c3, f3 in contract(fs2):
                names = tuple(f[1] for f in f3)
                assert all(f[0] == 'v' for f in f3)
                if len(names) >= 4:
                    raise RuntimeError('gamma5 trace with >=4 vectors: epsilon tensor term')
            continue
        for c3, f3 in contract(fs2):
            assert all(f[0] == 'v' for f in f3), f3
            names = tuple(f[1] for f in f3)
            total += c2 * c3 * tr(names)
    return sp.expand(total)
Da, Db = sp.symbols('D_a D_b')
def amp2(kind):
    # Gamma^mu and Gammabar for emitted boson
    def Gam(idx, bar):
        if kind == 'V': return [(1, [idx])]
        if kind == 'A': return [(1, [idx, G5])]
        if kind == 'S': return [(1, [])]
        if kind == 'P': return [(-1 if bar else 1, [G5])]
    Sa = slash_sum([(1,'p'),(-1,'k')], me)
    Sb = slash_sum([(1,'pp'),(1,'k')], me)
    nn = [(1,[V('n')])]
    ppm = slash_sum([(1,'pp')], me)
    pm = slash_sum([(1,'p')], me)
    def O(idx):
        return mul(nn, Sa, Gam(idx, False), [(1/Da, [])]) + mul(Gam(idx, False), Sb, nn, [(1/Db, [])])
    def Ob(idx):
        return mul(Gam(idx, True), Sa, nn, [(1/Da, [])]) + mul(nn, Sb, Gam(idx, True), [(1/Db, [])])
    if kind in ('V','A'):
        t1 = mul(ppm, O(I('mu')), pm, Ob(I('mu')))
        res = -trace_terms(t1)
        t2 = mul(ppm, O(V('k')), pm, Ob(V('k')))
        res += trace_terms(t2) / M**2
    else:
        t1 = mul(ppm, O(None), pm, Ob(None))
        res = trace_terms(t1)
    return sp.expand(res / 2)

subs = {dot('p','p'): me**2, dot('pp','pp'): me**2, dot('k','k'): M**2, dot('n','n'): 1}
def main23():
    out = {}
    for kind in 'VSPA':
        r = amp2(kind).subs(subs)
        r = sp.expand(r)
        out[kind] = r
        print(kind, 'nterms', len(r.as_ordered_terms()))
    return out
st, ut, t2 = sp.symbols('s_t u_t t_2')
def amp22(kind):
    def Gam(idx, bar):
        if kind == 'V': return [(1, [idx])]
        if kind == 'A': return [(1, [idx, G5])]
        if kind == 'S': return [(1, [])]
        if kind == 'P': return [(-1 if bar else 1, [G5])]
    Sa = slash_sum([(1,'p'),(-1,'k')], me); Sb = slash_sum([(1,'pp'),(1,'k')], me)
    ppm = slash_sum([(1,'pp')], me); pm = slash_sum([(1,'p')], me)
    def O(idx, nu):
        return mul([(1,[nu])], Sa, Gam(idx, False), [(1/ut, [])]) + mul(Gam(idx, False), Sb, [(1,[nu])], [(1/st, [])])
    def Ob(idx, nu):
        return mul(Gam(idx, True), Sa, [(1,[nu])], [(1/ut, [])]) + mul([(1,[nu])], Sb, Gam(idx, True), [(1/st, [])])
    nu = I('nu')
    if kind in 'VA':
        res = trace_terms(mul(ppm, O(I('mu'), nu), pm, Ob(I('mu'), nu)))   # (-g)(-g) = +
        res += -trace_terms(mul(ppm, O(V('k'), nu), pm, Ob(V('k'), nu)))/M**2
    else:
        res = -trace_terms(mul(ppm, O(None, nu), pm, Ob(None, nu)))
    res = sp.expand(res/4)
    rep = {dot('p','p'): me**2, dot('pp','pp'): me**2, dot('k','k'): M**2,
           dot('p','k'): (M**2-ut)/2, dot('pp','k'): (st-M**2)/2, dot('p','pp'): (2*me**2-t2)/2}
    return sp.simplify(sp.expand(res.subs(rep)))
def main22():
    for kind in 'VSPA':
        e = sp.expand(sp.simplify(amp22(kind).subs(t2, M**2 - st - ut)))
        print('2->2', kind, ':', sp.collect(e, [st, ut]))

if __name__ == '__main__':
    Da_, Db_, t_, E0_, Ep_, Ek_ = sp.symbols('D_a D_b t E0 Ep Ek')
    rep = {dot('p','k'): (M**2-Da_)/2, dot('pp','k'): (Db_-M**2)/2, dot('p','pp'): (2*me**2-M**2+Da_+Db_-t_)/2,
           dot('n','p'): E0_, dot('n','pp'): Ep_, dot('k','n'): Ek_}
    for kind, e in main23().items():
        f = sp.expand(e.subs(rep))
        print('2->3', kind)
        for j in (-2, -1, 1):
            print('   Db^%d:' % j, sp.factor(f.coeff(Db_, j)))
        print('   Db^0:', sp.factor(sp.expand(f - sum(f.coeff(Db_, j)*Db_**j for j in (-2, -1, 1)))))
    main22()

#!/usr/bin/python3
"""Python/scipy reference for the Dixon–Coles walk-forward (issue 21's speed target).

Computes what `statistico evaluate --model dixon-coles` computes, the way a scipy user would write it,
so the .NET time has something honest to be compared with (docs/benchmarks.md, issue 21):

* data: the football-data.co.uk CSVs read in place (default ../shared/data/football-data), six leagues,
  every season before --from-season as history (2012/13-2014/15), every match from it on predicted;
* weekly walk-forward per league: at the first date D of each unpredicted week, fit on the matches dated
  strictly before D and at most --window-days (3 * 365) before it, predict every match dated D ... D + 6;
* the standard Dixon-Coles of `DixonColesOptions` defaults: Poisson goals, log lambda = c + home + att[h] - def[a],
  log mu = c + att[a] - def[h], low-score correction tau with rho = 0.15 * tanh(raw rho), time decay
  exp(-0.0018 * age in days), ridge 2 on attack and defence plus the soft sum-to-zero penalty
  (sum att)^2 + (sum def)^2, the penalised negative log likelihood divided by the total weight;
* optimiser: scipy.optimize.minimize(method="L-BFGS-B", jac=True) with an ANALYTIC gradient, the
  likelihood vectorised with numpy (np.bincount for the per-team sums), scipy's default tolerances,
  each week's fit warm-started from the previous week's optimum (teams new to the window start at 0);
  --cold starts every fit from the average-rates guess instead, --numeric-gradient drops the analytic
  gradient (2-point finite differences, what many tutorials do; much slower);
* prediction: the 0-10 goals score matrix with tau (clipped at 0), normalised; RPS on the 1X2.

Prints the wall time (reading the files included, like the CLI's clock) and the pooled RPS over every
predicted match, so a reader can check it computes the same thing as the .NET walk-forward
(docs/benchmarks.md: standard Dixon-Coles RPS 0.2045 on 16,545 matches). One process, one core.
Run with the Debian interpreter: /usr/bin/python3 bench/python/dixon_coles_walk_forward.py
"""

import argparse
import csv
import datetime as dt
import os
import sys
import time

import numpy as np
from scipy.optimize import minimize

LEAGUES = ["E0", "E1", "D1", "SP1", "I1", "F1"]
XI = 0.0018
RIDGE = 2.0
RHO_BOUND = 0.15
MAX_GOALS = 10


def parse_date(text):
    for fmt in ("%d/%m/%Y", "%d/%m/%y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    return None


def read_league(folder, league):
    """Rows (day number, season, home, away, home goals, away goals) sorted by date (stable, like the CLI)."""
    rows = []
    for name in sorted(os.listdir(os.path.join(folder, league))):
        if not name.endswith(".csv"):
            continue
        season = name[:-4]
        with open(os.path.join(folder, league, name), newline="", encoding="utf-8-sig", errors="replace") as f:
            for row in csv.DictReader(f):
                date = parse_date((row.get("Date") or "").strip())
                home, away = (row.get("HomeTeam") or "").strip(), (row.get("AwayTeam") or "").strip()
                try:
                    hg, ag = int(row["FTHG"]), int(row["FTAG"])
                except (KeyError, TypeError, ValueError):
                    continue
                if date is None or not home or not away:
                    continue
                rows.append((date.toordinal(), season, home, away, hg, ag))
    rows.sort(key=lambda r: r[0])
    return rows


def negative_log_likelihood(p, n, home, away, x, y, w, total_weight):
    """Penalised weighted NLL / total weight and its analytic gradient (same layout as DixonColesLikelihood)."""
    intercept, advantage, raw_rho = p[0], p[1], p[2]
    attack, defence = p[3:3 + n], p[3 + n:3 + 2 * n]
    t = np.tanh(raw_rho)
    rho = RHO_BOUND * t
    log_lambda = intercept + advantage + attack[home] - defence[away]
    log_mu = intercept + attack[away] - defence[home]
    lam, mu = np.exp(log_lambda), np.exp(log_mu)
    ll = x * log_lambda - lam + y * log_mu - mu
    d_lambda = x - lam
    d_mu = y - mu
    d_rho = np.zeros_like(lam)

    # tau for the four low scores
    m00 = (x == 0) & (y == 0)
    m01 = (x == 0) & (y == 1)
    m10 = (x == 1) & (y == 0)
    m11 = (x == 1) & (y == 1)
    lm = lam[m00] * mu[m00]
    tau = 1 - lm * rho
    ll[m00] += np.log(tau)
    d_lambda[m00] -= lm * rho / tau
    d_mu[m00] -= lm * rho / tau
    d_rho[m00] -= lm / tau
    tau = 1 + lam[m01] * rho
    ll[m01] += np.log(tau)
    d_lambda[m01] += lam[m01] * rho / tau
    d_rho[m01] += lam[m01] / tau
    tau = 1 + mu[m10] * rho
    ll[m10] += np.log(tau)
    d_mu[m10] += mu[m10] * rho / tau
    d_rho[m10] += mu[m10] / tau
    ll[m11] += np.log(1 - rho)
    d_rho[m11] -= 1 / (1 - rho)

    wl, wm = w * d_lambda, w * d_mu
    value = -np.dot(w, ll)
    grad = np.empty_like(p)
    grad[0] = -(wl.sum() + wm.sum())
    grad[1] = -wl.sum()
    grad[2] = -np.dot(w, d_rho) * RHO_BOUND * (1 - t * t)
    g_attack = -np.bincount(home, wl, n) - np.bincount(away, wm, n)
    g_defence = np.bincount(away, wl, n) + np.bincount(home, wm, n)

    sum_attack, sum_defence = attack.sum(), defence.sum()
    value += 0.5 * RIDGE * (attack @ attack + defence @ defence) + sum_attack ** 2 + sum_defence ** 2
    grad[3:3 + n] = g_attack + RIDGE * attack + 2 * sum_attack
    grad[3 + n:] = g_defence + RIDGE * defence + 2 * sum_defence
    return value / total_weight, grad / total_weight


def fit(training, as_of, previous, cold, numeric):
    """One Dixon-Coles fit on the training rows; returns (teams -> index, parameters, evaluations)."""
    teams = {}
    for r in training:
        teams.setdefault(r[2], len(teams))
        teams.setdefault(r[3], len(teams))
    n = len(teams)
    home = np.array([teams[r[2]] for r in training])
    away = np.array([teams[r[3]] for r in training])
    x = np.array([r[4] for r in training], dtype=float)
    y = np.array([r[5] for r in training], dtype=float)
    w = np.exp(-XI * (as_of - np.array([r[0] for r in training], dtype=float)))
    total_weight = w.sum()

    p0 = np.zeros(3 + 2 * n)
    p0[0] = np.log(max(np.dot(w, y) / total_weight, 0.1))
    p0[1] = np.log(max(np.dot(w, x) / total_weight, 0.1)) - p0[0]
    if previous is not None and not cold:
        old_teams, old = previous
        p0[:3] = old[:3]
        m = len(old_teams)
        for team, i in teams.items():
            j = old_teams.get(team)
            if j is not None:
                p0[3 + i], p0[3 + n + i] = old[3 + j], old[3 + m + j]

    args = (n, home, away, x, y, w, total_weight)
    if numeric:
        result = minimize(lambda p: negative_log_likelihood(p, *args)[0], p0, method="L-BFGS-B")
    else:
        result = minimize(negative_log_likelihood, p0, args=args, jac=True, method="L-BFGS-B")
    return teams, result.x, result.nfev


def predict(teams, p, home_team, away_team):
    """1X2 probabilities of the tau-corrected score matrix (0-10 goals, normalised)."""
    n = len(teams)
    h, a = teams.get(home_team), teams.get(away_team)
    att = lambda i: p[3 + i] if i is not None else 0.0
    dfc = lambda i: p[3 + n + i] if i is not None else 0.0
    lam = np.exp(p[0] + p[1] + att(h) - dfc(a))
    mu = np.exp(p[0] + att(a) - dfc(h))
    rho = RHO_BOUND * np.tanh(p[2])
    goals = np.arange(MAX_GOALS + 1)
    factorial = np.cumprod(np.concatenate(([1.0], goals[1:].astype(float))))
    ph = np.exp(-lam) * lam ** goals / factorial
    pa = np.exp(-mu) * mu ** goals / factorial
    m = np.outer(ph, pa)
    m[0, 0] *= max(0.0, 1 - lam * mu * rho)
    m[0, 1] *= max(0.0, 1 + lam * rho)
    m[1, 0] *= max(0.0, 1 + mu * rho)
    m[1, 1] *= max(0.0, 1 - rho)
    m /= m.sum()
    return np.tril(m, -1).sum(), np.trace(m), np.triu(m, 1).sum()


def rps(probabilities, outcome):
    home, draw, _ = probabilities
    observed = (1.0 if outcome == 0 else 0.0, 1.0 if outcome == 1 else 0.0)
    return ((home - observed[0]) ** 2 + (home + draw - observed[0] - observed[1]) ** 2) / 2


def walk_forward(rows, from_season, window_days, cold, numeric):
    """Weekly walk-forward of one league: (scores, fits, evaluations)."""
    scores, fits, evaluations = [], 0, 0
    nxt = next((i for i, r in enumerate(rows) if r[1] >= from_season), len(rows))
    start, previous = 0, None
    while nxt < len(rows):
        refit = rows[nxt][0]
        while rows[start][0] < refit - window_days:
            start += 1
        teams, p, nfev = fit(rows[start:nxt], refit, previous, cold, numeric)
        fits, evaluations = fits + 1, evaluations + nfev
        while nxt < len(rows) and rows[nxt][0] <= refit + 6:
            r = rows[nxt]
            outcome = 0 if r[4] > r[5] else 1 if r[4] == r[5] else 2
            scores.append(rps(predict(teams, p, r[2], r[3]), outcome))
            nxt += 1
        previous = (teams, p)
    return scores, fits, evaluations


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/football-data")
    parser.add_argument("--from-season", default="2015-16")
    parser.add_argument("--window-days", type=int, default=3 * 365)
    parser.add_argument("--cold", action="store_true", help="start every fit from scratch (no warm start)")
    parser.add_argument("--numeric-gradient", action="store_true", help="finite-difference gradient instead of the analytic one")
    args = parser.parse_args()

    clock = time.perf_counter()
    scores, fits, evaluations = [], 0, 0
    # A line-search trial point far from the optimum can make tau negative (log gives NaN); L-BFGS-B then backtracks,
    # so the warning numpy would print is noise.
    np.seterr(invalid="ignore", divide="ignore")
    for league in LEAGUES:
        s, f, e = walk_forward(read_league(args.data, league), args.from_season, args.window_days, args.cold, args.numeric_gradient)
        scores += s
        fits += f
        evaluations += e
    elapsed = time.perf_counter() - clock
    print(f"python-dixon-coles: {len(scores)} predictions, {fits} fits, {evaluations} evaluations, "
          f"RPS {np.mean(scores):.5f}, wall {elapsed:.2f} s "
          f"({'cold' if args.cold else 'warm'} starts, {'numeric' if args.numeric_gradient else 'analytic'} gradient)")
    print(f"PYTHON_SECONDS={elapsed:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

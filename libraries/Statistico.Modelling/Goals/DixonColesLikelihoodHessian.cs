using System.Runtime.CompilerServices;

namespace Statistico.Modelling.Goals;

/// <summary>The Dixon–Coles objective's analytic Hessian, for Newton's method (ADR 1101).</summary>
internal sealed partial class DixonColesLikelihood
{
    /// <summary>
    /// Whether <see cref="EvaluateWithHessian"/> applies: Poisson counts and one league-wide home advantage (the
    /// negative-binomial size and per-team deviations are left to L-BFGS).
    /// </summary>
    public bool HasHessian => !_negativeBinomial && !_teamHomeAdvantage;

    /// <summary>
    /// The same value and gradient as <see cref="Evaluate"/>, plus the Hessian (row-major, both triangles), in one
    /// pass over the matches. Only when <see cref="HasHessian"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double EvaluateWithHessian(ReadOnlySpan<double> p, Span<double> gradient, Span<double> hessian)
    {
        if (!HasHessian)
        {
            throw new InvalidOperationException("The Hessian is implemented for the Poisson model with one home advantage only.");
        }

        var size = ParameterCount;
        gradient.Clear();
        hessian.Clear();
        var n = Teams.Count;
        var intercept = p[InterceptIndex];
        var homeAdvantage = p[HomeAdvantageIndex];
        var tanh = Math.Tanh(p[RawRhoIndex]);
        var rho = DixonColesCorrection.RhoBound * tanh;
        var attack = p.Slice(FirstTeamIndex, n);
        var defence = p.Slice(FirstTeamIndex + n, n);
        var gAttack = gradient.Slice(FirstTeamIndex, n);
        var gDefence = gradient.Slice(FirstTeamIndex + n, n);

        // Second derivatives with ρ itself, mapped to raw ρ after the loop: the ρ row and ρρ entry.
        Span<double> rhoRow = stackalloc double[size];
        rhoRow.Clear();
        double value = 0, gIntercept = 0, gHome = 0, gRho = 0, hRhoRho = 0;
        Span<int> u = stackalloc int[4];
        Span<double> su = [1, 1, 1, -1];
        Span<int> v = stackalloc int[3];
        Span<double> sv = [1, 1, -1];

        for (var k = 0; k < _sample.Count; k++)
        {
            int h = _sample.Home[k], a = _sample.Away[k];
            var logLambda = intercept + homeAdvantage + attack[h] - defence[a];
            var logMu = intercept + attack[a] - defence[h];
            var lambda = Math.Exp(logLambda);
            var mu = Math.Exp(logMu);
            var x = _sample.HomeTarget[k];
            var y = _sample.AwayTarget[k];
            var w = _sample.Weight[k];

            // ℓ and its derivatives by u = log λ, v = log μ and ρ (Poisson kernels, log x! left out).
            var ll = (x * logLambda) - lambda + (y * logMu) - mu;
            double dU = x - lambda, dV = y - mu, dR = 0;
            double uu = -lambda, vv = -mu, uv = 0, ur = 0, vr = 0, rr = 0;
            if (_lowScoreCorrection)
            {
                switch (_sample.HomeGoals[k], _sample.AwayGoals[k])
                {
                    case (0, 0):
                        {
                            var q = lambda * mu * rho;
                            var tau = 1 - q;
                            var tau2 = tau * tau;
                            ll += Math.Log(tau);
                            dU -= q / tau;
                            dV -= q / tau;
                            dR -= lambda * mu / tau;
                            uu -= q / tau2;
                            vv -= q / tau2;
                            uv -= q / tau2;
                            ur -= lambda * mu / tau2;
                            vr -= lambda * mu / tau2;
                            rr -= lambda * mu * lambda * mu / tau2;
                            break;
                        }

                    case (0, 1):
                        {
                            var tau = 1 + (lambda * rho);
                            var tau2 = tau * tau;
                            ll += Math.Log(tau);
                            dU += lambda * rho / tau;
                            dR += lambda / tau;
                            uu += lambda * rho / tau2;
                            ur += lambda / tau2;
                            rr -= lambda * lambda / tau2;
                            break;
                        }

                    case (1, 0):
                        {
                            var tau = 1 + (mu * rho);
                            var tau2 = tau * tau;
                            ll += Math.Log(tau);
                            dV += mu * rho / tau;
                            dR += mu / tau;
                            vv += mu * rho / tau2;
                            vr += mu / tau2;
                            rr -= mu * mu / tau2;
                            break;
                        }

                    case (1, 1):
                        {
                            var tau = 1 - rho;
                            ll += Math.Log(tau);
                            dR -= 1 / tau;
                            rr -= 1 / (tau * tau);
                            break;
                        }

                    default:
                        break;
                }
            }

            value -= w * ll;
            var wl = w * dU;
            var wm = w * dV;
            gIntercept -= wl + wm;
            gHome -= wl;
            gAttack[h] -= wl;
            gDefence[a] += wl;
            gAttack[a] -= wm;
            gDefence[h] += wm;
            gRho -= w * dR;
            hRhoRho -= w * rr;

            u[0] = InterceptIndex;
            u[1] = HomeAdvantageIndex;
            u[2] = FirstTeamIndex + h;
            u[3] = FirstTeamIndex + n + a;
            v[0] = InterceptIndex;
            v[1] = FirstTeamIndex + a;
            v[2] = FirstTeamIndex + n + h;
            AddOuter(hessian, size, u, su, u, su, -w * uu);
            AddOuter(hessian, size, v, sv, v, sv, -w * vv);
            if (uv != 0)
            {
                AddOuter(hessian, size, u, su, v, sv, -w * uv);
                AddOuter(hessian, size, v, sv, u, su, -w * uv);
            }

            for (var i = 0; i < 4; i++)
            {
                rhoRow[u[i]] -= w * ur * su[i];
            }

            for (var i = 0; i < 3; i++)
            {
                rhoRow[v[i]] -= w * vr * sv[i];
            }
        }

        var sizeOffset = p[LogSizeIndex] - LogSizePriorMean;
        value += 0.5 * sizeOffset * sizeOffset;
        hessian[(LogSizeIndex * size) + LogSizeIndex] += 1;

        value += TeamPenalty.Apply(attack, defence, _sample.AttackPrior, _sample.DefencePrior, _shrinkage, gAttack, gDefence);
        TeamPenalty.AddHessian(hessian, size, FirstTeamIndex, n, _shrinkage);

        // ρ = B·tanh(raw): dρ/draw = B(1 − tanh²), d²ρ/draw² = −2·tanh·dρ/draw.
        var dRhoDRaw = DixonColesCorrection.RhoBound * (1 - (tanh * tanh));
        var d2RhoDRaw2 = -2 * tanh * dRhoDRaw;
        for (var i = 0; i < size; i++)
        {
            var entry = rhoRow[i] * dRhoDRaw;
            hessian[(RawRhoIndex * size) + i] += entry;
            hessian[(i * size) + RawRhoIndex] += entry;
        }

        hessian[(RawRhoIndex * size) + RawRhoIndex] += (hRhoRho * dRhoDRaw * dRhoDRaw) + (gRho * d2RhoDRaw2);

        gradient[InterceptIndex] = gIntercept;
        gradient[HomeAdvantageIndex] = gHome;
        gradient[RawRhoIndex] = gRho * dRhoDRaw;
        gradient[LogSizeIndex] = sizeOffset;

        var scale = 1 / _sample.TotalWeight;
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= scale;
        }

        for (var i = 0; i < hessian.Length; i++)
        {
            hessian[i] *= scale;
        }

        return value * scale;
    }

    // H[rows_i, columns_j] += weight · rowSigns_i · columnSigns_j.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddOuter(Span<double> hessian, int size, ReadOnlySpan<int> rows, ReadOnlySpan<double> rowSigns, ReadOnlySpan<int> columns, ReadOnlySpan<double> columnSigns, double weight)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var row = hessian.Slice(rows[i] * size, size);
            var scaled = weight * rowSigns[i];
            for (var j = 0; j < columns.Length; j++)
            {
                row[columns[j]] += scaled * columnSigns[j];
            }
        }
    }
}

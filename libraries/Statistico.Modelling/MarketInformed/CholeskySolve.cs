namespace Statistico.Modelling.MarketInformed;

/// <summary>
/// Solves a small symmetric positive-definite system H·x = g by Cholesky factorisation, with the same arithmetic,
/// operation for operation, as Math.NET's managed provider behind <c>DenseOfArray(H).Cholesky().Solve(g)</c>, which the
/// pools' Newton steps used before (so every step, and every evaluate figure, is the same to the last bit; the tests
/// compare the two). Each entry of the factor L subtracts its products l_ik·l_jk in increasing k and divides by l_jj;
/// the forward solve subtracts in decreasing k, the backward one in increasing k. Why not Math.NET: its first
/// factorisation in a process cost ~55 ms of compiling and initialising generic linear-algebra code, on the
/// market-informed walk-forward's critical path (issue 21's speed target), for matrices of six or seven rows.
/// </summary>
internal static class CholeskySolve
{
    /// <summary>x with H·x = g; reads the lower triangle of <paramref name="matrix"/>.</summary>
    /// <exception cref="ArgumentException">The matrix is not positive definite (as Math.NET).</exception>
    public static double[] Solve(double[,] matrix, double[] rhs)
    {
        var n = rhs.Length;
        // The factor's lower triangle, row-major: factor[i·n + j] = l_ij.
        var factor = new double[n * n];
        for (var j = 0; j < n; j++)
        {
            var diagonal = matrix[j, j];
            for (var k = 0; k < j; k++)
            {
                diagonal -= factor[(j * n) + k] * factor[(j * n) + k];
            }

            if (!(diagonal > 0))
            {
                throw new ArgumentException("Matrix must be positive definite.", nameof(matrix));
            }

            var root = Math.Sqrt(diagonal);
            factor[(j * n) + j] = root;
            for (var i = j + 1; i < n; i++)
            {
                var entry = matrix[i, j];
                for (var k = 0; k < j; k++)
                {
                    entry -= factor[(i * n) + k] * factor[(j * n) + k];
                }

                factor[(i * n) + j] = entry / root;
            }
        }

        var x = (double[])rhs.Clone();
        for (var i = 0; i < n; i++)
        {
            var sum = x[i];
            for (var k = i - 1; k >= 0; k--)
            {
                sum -= factor[(i * n) + k] * x[k];
            }

            x[i] = sum / factor[(i * n) + i];
        }

        for (var i = n - 1; i >= 0; i--)
        {
            var sum = x[i];
            for (var k = i + 1; k < n; k++)
            {
                sum -= factor[(k * n) + i] * x[k];
            }

            x[i] = sum / factor[(i * n) + i];
        }

        return x;
    }
}

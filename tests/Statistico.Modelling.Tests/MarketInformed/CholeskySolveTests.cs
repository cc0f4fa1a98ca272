using MathNet.Numerics.LinearAlgebra;
using Statistico.Modelling.MarketInformed;
using Statistico.Testing;

namespace Statistico.Modelling.Tests.MarketInformed;

/// <summary>
/// The pools' Newton steps solve with an in-house Cholesky instead of Math.NET's (issue 21: Math.NET's first
/// factorisation in a process compiled ~55 ms of generic code). It must give Math.NET's answer bit for bit, so that no
/// pool fit and no evaluate figure moves.
/// </summary>
[Trait("Category", "Unit")]
public sealed class CholeskySolveTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 3)]
    [InlineData(6, 4)]
    [InlineData(7, 5)]
    [InlineData(9, 6)]
    public void Solves_as_MathNet_does_bit_for_bit(int size, int seed)
    {
        var random = new Random(TestSeed.Fixed(seed));
        for (var trial = 0; trial < 200; trial++)
        {
            var (matrix, rhs) = PositiveDefinite(size, random, conditioning: Math.Pow(10, random.Next(0, 9)));

            var solution = CholeskySolve.Solve(matrix, rhs);
            var reference = Matrix<double>.Build.DenseOfArray(matrix).Cholesky().Solve(Vector<double>.Build.Dense(rhs)).ToArray();

            for (var i = 0; i < size; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(reference[i]), BitConverter.DoubleToInt64Bits(solution[i]));
            }
        }
    }

    [Fact]
    public void Leaves_its_inputs_alone_and_solves_the_system()
    {
        var (matrix, rhs) = PositiveDefinite(5, new Random(TestSeed.Fixed(7)), conditioning: 100);
        var matrixBefore = (double[,])matrix.Clone();
        var rhsBefore = (double[])rhs.Clone();

        var x = CholeskySolve.Solve(matrix, rhs);

        Assert.Equal(matrixBefore, matrix);
        Assert.Equal(rhsBefore, rhs);
        for (var i = 0; i < 5; i++)
        {
            var row = 0.0;
            for (var j = 0; j < 5; j++)
            {
                row += matrix[i, j] * x[j];
            }

            Assert.Equal(rhs[i], row, 9);
        }
    }

    [Fact]
    public void A_matrix_that_is_not_positive_definite_is_refused()
    {
        double[,] matrix = { { 1, 2 }, { 2, 1 } };

        Assert.Throws<ArgumentException>(() => CholeskySolve.Solve(matrix, [1, 1]));
    }

    // A symmetric positive-definite matrix Aᵀ·A + εI with eigenvalues spread over about `conditioning`, like a pool's
    // Hessian plus its ridge, and a right-hand side.
    private static (double[,] Matrix, double[] Rhs) PositiveDefinite(int size, Random random, double conditioning)
    {
        var a = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            var scale = Math.Pow(conditioning, (double)i / Math.Max(1, size - 1) / 2);
            for (var j = 0; j < size; j++)
            {
                a[i, j] = (random.NextDouble() - 0.5) * scale;
            }
        }

        var matrix = new double[size, size];
        for (var i = 0; i < size; i++)
        {
            for (var j = 0; j < size; j++)
            {
                for (var k = 0; k < size; k++)
                {
                    matrix[i, j] += a[k, i] * a[k, j];
                }
            }

            matrix[i, i] += 1e-3;
        }

        var rhs = new double[size];
        for (var i = 0; i < size; i++)
        {
            rhs[i] = (random.NextDouble() - 0.5) * 10;
        }

        return (matrix, rhs);
    }
}

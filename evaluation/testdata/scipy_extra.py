# Extra reference values computed with scipy 1.10.1 (Debian python3-scipy),
# quoted in the tests that use them. Run: /usr/bin/python3 scipy_extra.py
from scipy.stats import mannwhitneyu

# mannwhitney_test.go TestMannWhitneyExactLarge: 30 against 30, no ties.
x = [2 * i + 0.7 for i in range(30)]
y = [2 * i + 0.3 * (i % 3) for i in range(30)]
for m in ("exact", "asymptotic"):
    r = mannwhitneyu(x, y, method=m)
    print("mannwhitneyu 30x30", m, repr(r.statistic), repr(r.pvalue))
x = [float(v) for v in range(1, 41, 3)]
y = [v + 0.5 for v in range(0, 60, 2)][:25]
r = mannwhitneyu(x, y, method="exact")
print("mannwhitneyu 14x25 exact", repr(r.statistic), repr(r.pvalue))

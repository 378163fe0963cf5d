package power

import "testing"

// Solving for n costs a few dozen noncentral-t evaluations.
func BenchmarkTSampleSize(b *testing.B) {
	for b.Loop() {
		if _, err := TSampleSize(TDesign{}, 0.5, 0.8); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPropDetectable(b *testing.B) {
	for b.Loop() {
		if _, err := PropDetectable(PropDesign{}, 0.6, 200, 0.8); err != nil {
			b.Fatal(err)
		}
	}
}
